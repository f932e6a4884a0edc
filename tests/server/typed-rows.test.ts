// The app reads every synced row back through the entity model (shared/sync/rows.ts) and
// reports the rows that do not fit. Every row a real server sends must fit: the demo
// programme, the committee and members the server writes, conflict notices and tombstones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, readAll, readSyncRow, rowsOf } from '../../shared/sync';
import { exchangeInvitation } from '../../server/auth/invitations';
import { seedDemo } from '../../server/demo/seed-demo';
import { BACKENDS } from './helpers/backends';
import { engineClient, fullState } from './helpers/clients';
import { startHarness, type Device, type Harness, TEST_INVITATION_SECRET } from './helpers/harness';

describe.each(BACKENDS)('rows from the server on %s, as the app reads them', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(() => h.close());

  it('all fit the model, every entity type among them', async () => {
    const { invitations } = await seedDemo(h.db, TEST_INVITATION_SECRET);
    const pair = async (role: 'chair' | 'officer'): Promise<Device> => {
      const paired = await exchangeInvitation(h.db, TEST_INVITATION_SECRET, invitations.find((i) => i.role === role)!.code, `${role} laptop`);
      return { personId: paired.person.id, deviceId: paired.device.id, token: paired.token };
    };
    const chair = await engineClient(h, await pair('chair'));
    const officer = await engineClient(h, await pair('officer'));
    await chair.engine.sync();
    await officer.engine.sync();

    // The same field changed on two devices at once: the server writes a conflict notice.
    const item = rowsOf(readAll(await chair.store.listRows('item'), readSyncRow).values, 'item')[0]!;
    await chair.engine.patch('item', item.id, { details: 'From the chair' });
    await officer.engine.patch('item', item.id, { details: 'From the officer' });
    await chair.engine.sync();
    await officer.engine.sync();
    // A tombstone keeps its last fields.
    const comment = (await officer.store.listRows('comment'))[0]!;
    await officer.engine.delete('comment', comment.id);
    await officer.engine.sync();

    const rows = await fullState(h, officer.device);
    const read = readAll(rows, readSyncRow);
    expect(read.unreadable).toEqual([]);
    expect(new Set(read.values.map((r) => r.type))).toEqual(new Set(ENTITY_TYPES));
    expect(read.values.some((r) => r.deleted)).toBe(true);
  });
});
