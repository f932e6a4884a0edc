// The sync service's sign-in hardening: failed sign-ins never lock out a valid device
// behind the same address, TRUST_PROXY tells clients behind a proxy apart, idle device
// tokens expire (and are renewed by use), invitation codes are stored keyed with the
// server's secret (older unkeyed rows still work until they expire), a slow client is cut
// off by the request timeout, and restoring someone else's delete needs their rights.
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, setMembership } from '../../server/admin/directory';
import { createInvitation } from '../../server/auth/invitations';
import { newInvitationCode, normaliseInvitationCode, sha256 } from '../../server/auth/secrets';
import { BACKENDS } from './helpers/backends';
import { rawPush } from './helpers/clients';
import { startHarness, TEST_INVITATION_SECRET, type Device, type Harness } from './helpers/harness';

const cid = () => `c_${randomUUID().replace(/-/g, '')}`;
const badToken = (i: number) => `sct_${String(i).padStart(43, 'Q')}`;

describe.each(BACKENDS)('sign-in hardening on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let officer: Device;
  let member: Device;

  beforeAll(async () => {
    h = await startHarness(backend, { app: { authFailureMax: 30, tokenIdleDays: 30 } });
    committee = await h.committee();
    officer = await h.person(committee, 'officer');
    member = await h.person(committee, 'member');
  });
  afterAll(() => h.close());

  const me = (token: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    h.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${token}`, ...headers }, remoteAddress });

  it('lets a valid device on an address through after 100 bad tokens from that address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) statuses.push((await me(badToken(i), '10.1.0.1')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    // The guesser is slowed down…
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // …and the councillor on the same office network is not.
    const valid = await me(member.token, '10.1.0.1');
    expect(valid.statusCode).toBe(200);
    expect(valid.json()).toMatchObject({ person: { id: member.personId } });
    // A push from that device on that address goes through too.
    const pushed = await rawPush(h, member, cid(), [
      { seq: 1, op: 'create', type: 'suggestion', id: randomUUID(), committeeId: committee, fields: { title: 'Bus routes' } },
    ]);
    expect(pushed.results[0]!.status).toBe('applied');
  });

  it('limits one failing token tried from many addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await me(badToken(999), `10.2.${i}.1`)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('expires a token left unused past the idle time with a 401 that says to connect again', async () => {
    const device = await h.device(member.personId);
    expect((await me(device.token, '10.3.0.1')).statusCode).toBe(200);
    await h.db.query(`UPDATE devices SET last_seen_at = now() - interval '31 days' WHERE id = $1`, [device.deviceId]);
    const res = await me(device.token, '10.3.0.1');
    expect(res.statusCode).toBe(401);
    expect(res.json<{ message: string }>().message).toMatch(/not been used for over 30 days; connect it again/);
  });

  it('renews a token while it is used', async () => {
    const device = await h.device(member.personId);
    await h.db.query(`UPDATE devices SET last_seen_at = now() - interval '29 days' WHERE id = $1`, [device.deviceId]);
    expect((await me(device.token, '10.3.0.2')).statusCode).toBe(200);
    const [row] = await h.db.query<{ idle: boolean }>(`SELECT last_seen_at > now() - interval '1 minute' AS idle FROM devices WHERE id = $1`, [device.deviceId]);
    expect(row!.idle).toBe(true);
    // Two days later it would have been 31 days since the last use but for the renewal.
    await h.db.query(`UPDATE devices SET last_seen_at = last_seen_at - interval '2 days' WHERE id = $1`, [device.deviceId]);
    expect((await me(device.token, '10.3.0.2')).statusCode).toBe(200);
  });

  it('stores invitation codes keyed with the server secret, and still honours unkeyed codes issued before', async () => {
    const personId = await createPerson(h.db, 'Cllr Keyed');
    await setMembership(h.db, personId, committee, 'member');
    const code = await createInvitation(h.db, TEST_INVITATION_SECRET, personId);
    const [stored] = await h.db.query<{ code_hash: string; hash_scheme: string }>(
      'SELECT code_hash, hash_scheme FROM invitations WHERE person_id = $1',
      [personId],
    );
    expect(stored!.hash_scheme).toBe('hmac-sha256');
    expect(stored!.code_hash).not.toBe(sha256(normaliseInvitationCode(code)));
    const exchange = (c: string) => h.inject({ method: 'POST', url: '/auth/exchange', payload: { code: c, deviceName: 'Laptop' } });
    expect((await exchange(code)).statusCode).toBe(200);

    // A row as the first release wrote it (the migration marks such rows 'sha256').
    const legacy = newInvitationCode();
    await h.db.query(
      `INSERT INTO invitations (id, code_hash, hash_scheme, person_id, expires_at) VALUES ($1, $2, 'sha256', $3, now() + interval '1 day')`,
      [randomUUID(), sha256(normaliseInvitationCode(legacy)), personId],
    );
    expect((await exchange(legacy)).statusCode).toBe(200);
  });

  it('keeps a comment an officer removed down when its author tries to restore it', async () => {
    const commentId = randomUUID();
    const memberClient = cid();
    await rawPush(h, member, memberClient, [
      { seq: 1, op: 'create', type: 'comment', id: commentId, committeeId: committee, fields: { targetType: 'meeting', targetId: 'x', body: 'Abusive' } },
    ]).then((r) => expect(r.results[0]!.status).toBe('rejected')); // no such meeting: comment on an item below
    const itemId = randomUUID();
    await rawPush(h, officer, cid(), [
      { seq: 1, op: 'create', type: 'item', id: itemId, committeeId: committee, fields: { title: 'Parks', kind: 'visit' } },
    ]);
    const created = await rawPush(h, member, memberClient, [
      { seq: 2, op: 'create', type: 'comment', id: commentId, committeeId: committee, fields: { targetType: 'item', targetId: itemId, body: 'Off-topic remark' } },
    ]);
    expect(created.results[0]!.status).toBe('applied');
    expect((await rawPush(h, officer, cid(), [{ seq: 1, op: 'delete', type: 'comment', id: commentId, baseVersion: 0 }])).results[0]!.status).toBe('applied');

    const restoreBy = (d: Device) => rawPush(h, d, cid(), [{ seq: 1, op: 'restore', type: 'comment', id: commentId, baseVersion: 0 }]);
    const byAuthor = (await restoreBy(member)).results[0]!;
    expect(byAuthor).toMatchObject({ status: 'rejected', code: 'forbidden', message: expect.stringMatching(/only an officer can restore/) });
    expect((await restoreBy(officer)).results[0]!.status).toBe('applied');

    // A comment its author removed, the author may bring back.
    expect((await rawPush(h, member, cid(), [{ seq: 1, op: 'delete', type: 'comment', id: commentId, baseVersion: 0 }])).results[0]!.status).toBe('applied');
    expect((await restoreBy(member)).results[0]!.status).toBe('applied');
  });
});

describe.each(BACKENDS)('behind a proxy, and slow clients, on %s', (backend) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(backend, { app: { authFailureMax: 3, trustProxy: ['127.0.0.1'], requestTimeoutMs: 1000 } });
  });
  afterAll(() => h.close());

  it('with TRUST_PROXY, counts failures per client address from X-Forwarded-For', async () => {
    const viaProxy = (token: string, client: string) =>
      h.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client }, remoteAddress: '127.0.0.1' });
    for (let i = 0; i < 3; i++) expect((await viaProxy(badToken(i), '203.0.113.5')).statusCode).toBe(401);
    expect((await viaProxy(badToken(3), '203.0.113.5')).statusCode).toBe(429);
    // Another client behind the same proxy has a budget of its own.
    expect((await viaProxy(badToken(4), '203.0.113.6')).statusCode).toBe(401);
    // From an address not trusted as a proxy, the header is ignored: all share the sender's address.
    const direct = (i: number) =>
      h.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${badToken(100 + i)}`, 'x-forwarded-for': `198.51.100.${i}` }, remoteAddress: '192.0.2.1' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await direct(i)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('cuts off a client that never finishes sending its request', async () => {
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = h.app.server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('POST /sync/pull HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    // Node closes the idle connection (or answers 408); the half-sent request is never handled.
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });
});
