// The service as a library, for the benchmark (bench/server.mjs), which runs against the
// bundled build rather than the TypeScript sources.
export { openDatabase } from './db/open';
export { createCommittee, createPerson, setMembership } from './admin/directory';
export { createInvitation, exchangeInvitation } from './auth/invitations';
export { authenticate } from './auth/devices';
export { push } from './sync/push';
