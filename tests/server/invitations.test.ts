// Pairing: one-time, expiring invitation codes exchanged for device tokens that the server
// keeps only as hashes; a person may pair several devices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, setMembership } from '../../server/admin/directory';
import { createInvitation } from '../../server/auth/invitations';
import { exchangeResponseSchema } from '../../shared/sync/protocol';
import { BACKENDS } from './helpers/backends';
import { startHarness, type Harness, TEST_INVITATION_SECRET } from './helpers/harness';

describe.each(BACKENDS)('invitations on %s', (backend) => {
  let h: Harness;
  let committee: string;

  beforeAll(async () => {
    h = await startHarness(backend);
    committee = await h.committee('Safe and Strong Communities');
  });
  afterAll(() => h.close());

  async function invite(name = 'Cllr Natasha Pullen', role: 'member' | 'chair' | 'officer' = 'member') {
    const personId = await createPerson(h.db, name);
    await setMembership(h.db, personId, committee, role);
    return { personId, code: await createInvitation(h.db, TEST_INVITATION_SECRET, personId) };
  }
  const exchange = (code: string, deviceName = 'Surface laptop') =>
    h.inject({ method: 'POST', url: '/auth/exchange', payload: { code, deviceName } });

  it('exchanges a code once for a working device token', async () => {
    const { personId, code } = await invite();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const first = await exchange(code);
    expect(first.statusCode).toBe(200);
    const body = exchangeResponseSchema.parse(first.json());
    expect(body).toMatchObject({
      person: { id: personId, name: 'Cllr Natasha Pullen' },
      device: { name: 'Surface laptop' },
      memberships: [{ committeeId: committee, committeeName: 'Safe and Strong Communities', role: 'member' }],
    });
    expect((await h.inject({ method: 'GET', url: '/me', token: body.token })).statusCode).toBe(200);
    const again = await exchange(code);
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('invalid_code');
  });

  it('forgives case, spaces and dashes, and O for 0', async () => {
    const { code } = await invite();
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect((await exchange(typed)).statusCode).toBe(200);
  });

  it('refuses an expired code', async () => {
    const { code, personId } = await invite();
    await h.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE person_id = $1`, [personId]);
    expect((await exchange(code)).statusCode).toBe(401);
  });

  it('lets only one of several simultaneous exchanges of a code succeed', async () => {
    const { code } = await invite();
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => exchange(code, `device ${i}`)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401, 401, 401, 401]);
  });

  it('stores neither codes nor tokens in the clear', async () => {
    const { code, personId } = await invite();
    const { token } = (await exchange(code)).json();
    const devices = await h.db.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE person_id = $1', [personId]);
    const invitations = await h.db.query<{ code_hash: string }>('SELECT code_hash FROM invitations WHERE person_id = $1', [personId]);
    expect(devices[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(devices[0]!.token_hash).not.toContain(token.slice(4, 20));
    expect(invitations[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pairs a second device of the same person with its own token', async () => {
    const { personId, code } = await invite('Cllr Conor Wileman', 'chair');
    const laptop = (await exchange(code, 'laptop')).json();
    const tablet = (await exchange(await createInvitation(h.db, TEST_INVITATION_SECRET, personId), 'tablet')).json();
    expect(tablet.token).not.toBe(laptop.token);
    for (const token of [laptop.token, tablet.token]) {
      const me = (await h.inject({ method: 'GET', url: '/me', token })).json();
      expect(me.person.id).toBe(personId);
    }
  });

  it('validates the exchange request', async () => {
    const res = await h.inject({ method: 'POST', url: '/auth/exchange', payload: { code: 'ABCD-EFGH-JKMN' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/deviceName/);
  });
});
