// The search worker follows the database without re-reading the whole library after every
// write: a burst of writes (a check downloading many papers) is gathered a few times, not
// once a write, and the last gather sees the last write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { followDatabase, QUIET_MS } from '../../../renderer/search/followDatabase';
import { allNotes } from '../../../renderer/notes/notesData';

let stop: (() => void) | undefined;

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => stop?.());

const note = (n: number) => ({ id: `note-${n}`, meetingId: null, inquiryId: null, body: `Note ${n}`, createdAt: n, updatedAt: n, sortKey: `a${n}`, deletedAt: null });
const settle = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS * 3));

describe('following the database for search', () => {
  it('gathers a burst of writes a few times, ending with all of them', async () => {
    const seen: number[] = [];
    let gathers = 0;
    stop = followDatabase(
      async () => {
        gathers++;
        return (await allNotes()).length;
      },
      (count) => seen.push(count),
      (error) => {
        throw error;
      },
    );
    await settle();
    expect(seen).toEqual([0]);
    const started = performance.now();
    for (let n = 1; n <= 60; n++) await db.notes.add(note(n) as never);
    const writing = performance.now() - started;
    await settle();
    expect(seen.at(-1)).toBe(60);
    // One at start, then at most one per quiet interval while writing, and one after it,
    // however long the writes took (not one per write).
    expect(gathers - 1).toBeLessThanOrEqual(Math.ceil(writing / QUIET_MS) + 1);
  });

  it('is not woken by writes to what is not searched', async () => {
    let gathers = 0;
    stop = followDatabase(
      () => Promise.resolve(++gathers),
      () => undefined,
      () => undefined,
    );
    await settle();
    await db.viewStates.put({ docId: 'd', page: 3 } as never);
    await settle();
    expect(gathers).toBe(1);
    await db.notes.add(note(1) as never);
    await settle();
    expect(gathers).toBe(2);
  });
});
