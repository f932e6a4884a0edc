// Doing things one at a time.
export { createSerialQueue, type SerialQueue } from './serialQueue';
