// Files the app writes.
export { safeFileName } from './fileName';
