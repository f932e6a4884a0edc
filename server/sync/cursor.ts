// The opaque pull cursor: the last version a client has, and a fingerprint of the committees
// it was computed for, so a change of membership makes the server start again from zero.
import { createHash } from 'node:crypto';

export interface Cursor {
  version: number;
  scope: string;
}

export function scopeOf(committeeIds: Iterable<string>): string {
  const sorted = [...committeeIds].sort();
  return createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 12);
}

export const encodeCursor = (c: Cursor): string => `${c.version}.${c.scope}`;

/** null for anything unreadable: the client gets a full resync rather than an error. */
export function decodeCursor(cursor: string | null): Cursor | null {
  const match = cursor === null ? null : /^(\d{1,16})\.([0-9a-f]{12})$/.exec(cursor);
  if (!match) return null;
  const version = Number(match[1]);
  return Number.isSafeInteger(version) ? { version, scope: match[2]! } : null;
}
