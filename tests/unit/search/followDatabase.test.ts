// The search worker follows the database: after a burst of writes the last gathering sees
// the last write, and writes to tables nothing searched is read from wake nothing. (How
// few gatherings a burst costs is measured by npm run bench:moderngov.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import Dexie, { type ObservabilitySet } from 'dexie';
import { followDatabase, touchesSearched } from '../../../renderer/search/followDatabase';
import { allNotes } from '../../../renderer/notes/notesData';

let stop: (() => void) | undefined;

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => stop?.());

const note = (n: number) => ({ id: `note-${n}`, meetingId: null, inquiryId: null, body: `Note ${n}`, createdAt: n, updatedAt: n, sortKey: `a${n}`, deletedAt: null });

describe('following the database for search', () => {
  it('gathers after a burst of writes, ending with all of them', async () => {
    const seen: number[] = [];
    stop = followDatabase(
      async () => (await allNotes()).length,
      (count) => seen.push(count),
      (error) => {
        throw error;
      },
    );
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([0]);
    for (let n = 1; n <= 60; n++) await db.notes.add(note(n) as never);
    await expect.poll(() => seen.at(-1)).toBe(60);
  });

  it('is woken by writes to what is searched, not by writes elsewhere', async () => {
    // The parts of the database each write touched, as Dexie reports them to the follower.
    const writes: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => void writes.push(parts);
    Dexie.on('storagemutated', listen);
    stop = () => Dexie.on('storagemutated').unsubscribe(listen);
    await db.viewStates.put({ docId: 'd', page: 3 } as never);
    await expect.poll(() => writes.length).toBe(1);
    expect(touchesSearched(writes[0]!)).toBe(false);
    await db.notes.add(note(1) as never);
    await expect.poll(() => writes.length).toBe(2);
    expect(touchesSearched(writes[1]!)).toBe(true);
  });
});
