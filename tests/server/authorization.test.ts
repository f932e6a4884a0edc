// Who may do what: authentication on every route (missing, malformed, unknown and revoked
// tokens), committee scoping, and the role rules of shared/sync/permissions.ts as the
// server enforces them on pushed mutations.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../shared/sync/protocol';
import { BACKENDS } from './helpers/backends';
import { fullState, itemCreate, rawPull, rawPush } from './helpers/clients';
import { startHarness, type Device, type Harness } from './helpers/harness';

const cid = () => `c_${randomUUID().replace(/-/g, '')}`;

type Unsequenced = Mutation extends infer M ? (M extends Mutation ? Omit<M, 'seq'> : never) : never;

/** Pushes one mutation from a fresh client and returns its result. */
async function one(h: Harness, device: Device, m: Unsequenced): Promise<MutationResult> {
  const res = await rawPush(h, device, cid(), [{ ...m, seq: 1 }]);
  return res.results[0]!;
}

describe.each(BACKENDS)('authorization on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let otherCommittee: string;
  let officer: Device;
  let chair: Device;
  let member: Device;
  let member2: Device;
  let outsider: Device;
  let itemId: string;
  let otherItemId: string;

  beforeAll(async () => {
    h = await startHarness(backend);
    committee = await h.committee('Safe and Strong Communities');
    otherCommittee = await h.committee('Prosperous Staffordshire');
    officer = await h.person(committee, 'officer');
    chair = await h.person(committee, 'chair');
    member = await h.person(committee, 'member');
    member2 = await h.person(committee, 'member');
    outsider = await h.person(otherCommittee, 'officer');
    itemId = randomUUID();
    otherItemId = randomUUID();
    await rawPush(h, officer, cid(), [itemCreate(1, itemId, committee, 'Domestic Abuse')]);
    await rawPush(h, outsider, cid(), [itemCreate(1, otherItemId, otherCommittee, 'Skills')]);
  });
  afterAll(() => h.close());

  describe('authentication', () => {
    const routes = () => [
      { method: 'GET' as const, url: '/me' },
      { method: 'GET' as const, url: '/devices' },
      { method: 'GET' as const, url: `/history/item/${itemId}` },
      { method: 'POST' as const, url: '/sync/push', payload: { clientId: cid(), mutations: [] } },
      { method: 'POST' as const, url: '/sync/pull', payload: { clientId: cid(), cursor: null } },
      { method: 'POST' as const, url: `/devices/${member.deviceId}/revoke`, payload: {} },
    ];

    it('answers /health and /auth/exchange without a token', async () => {
      expect((await h.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      const exchange = await h.inject({ method: 'POST', url: '/auth/exchange', payload: { code: 'AAAA-BBBB-CCCC', deviceName: 'x' } });
      expect(exchange.statusCode).toBe(401);
      expect(exchange.json()).toMatchObject({ error: 'invalid_code' });
    });

    it.each([
      ['no Authorization header', undefined],
      ['a malformed header', 'Token abc'],
      ['an unknown token', `Bearer sct_${'A'.repeat(43)}`],
      ['a token of the wrong shape', 'Bearer hello'],
    ])('refuses every other route with %s', async (_label, authorization) => {
      for (const route of routes()) {
        const res = await h.inject({ ...route, headers: authorization ? { authorization } : {} });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized' });
      }
    });

    it('refuses a revoked device at once, on every route, and leaves the person’s other devices working', async () => {
      const person = await h.person(committee, 'member');
      const other = await h.device(person.personId);
      expect((await h.inject({ method: 'GET', url: '/me', token: person.token })).statusCode).toBe(200);
      const revoke = await h.inject({ method: 'POST', url: `/devices/${person.deviceId}/revoke`, token: officer.token });
      expect(revoke.statusCode).toBe(200);
      expect(revoke.json().device.revokedAt).not.toBeNull();
      for (const route of routes()) {
        const res = await h.inject({ ...route, token: person.token });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
      expect((await h.inject({ method: 'GET', url: '/me', token: other.token })).statusCode).toBe(200);
    });

    it('reports the person, device and memberships on /me', async () => {
      const res = await h.inject({ method: 'GET', url: '/me', token: chair.token });
      expect(res.json()).toEqual({
        person: { id: chair.personId, name: expect.any(String) },
        device: { id: chair.deviceId, name: expect.any(String) },
        memberships: [{ committeeId: committee, committeeName: 'Safe and Strong Communities', role: 'chair' }],
      });
    });
  });

  describe('committee scoping', () => {
    it('pulls only the caller’s committees', async () => {
      const rows = await fullState(h, member);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.committeeId === committee)).toBe(true);
      expect(rows.some((r) => r.id === otherItemId)).toBe(false);
    });

    it('treats another committee’s entities as missing', async () => {
      expect(await one(h, officer, { op: 'patch', type: 'item', id: otherItemId, baseVersion: 0, fields: { title: 'x' } })).toMatchObject({
        status: 'rejected',
        code: 'not_found',
      });
      expect(await one(h, officer, { op: 'delete', type: 'item', id: otherItemId, baseVersion: 0 })).toMatchObject({ code: 'not_found' });
      expect(await one(h, officer, itemCreate(0, randomUUID(), otherCommittee))).toMatchObject({ status: 'rejected', code: 'forbidden' });
      const history = await h.inject({ method: 'GET', url: `/history/item/${otherItemId}`, token: officer.token });
      expect(history.statusCode).toBe(404);
    });

    it('refuses references to another committee’s entities', async () => {
      const comment = await one(h, officer, {
        op: 'create',
        type: 'comment',
        id: randomUUID(),
        committeeId: committee,
        fields: { targetType: 'item', targetId: otherItemId, body: 'Cross-committee' },
      });
      expect(comment).toMatchObject({ status: 'rejected', code: 'invalid' });
      const link = await one(h, officer, {
        op: 'create',
        type: 'link',
        id: randomUUID(),
        committeeId: committee,
        fields: { recommendationId: randomUUID(), itemId },
      });
      expect(link).toMatchObject({ status: 'rejected', code: 'invalid' });
    });

    it('shows history to members of the entity’s committee', async () => {
      const res = await h.inject({ method: 'GET', url: `/history/item/${itemId}`, token: member.token });
      expect(res.statusCode).toBe(200);
      expect(res.json().entries[0]).toMatchObject({ op: 'create', personId: officer.personId });
    });
  });

  describe('roles', () => {
    const editorTypes = [
      { type: 'meeting', fields: { date: '2017-11-09' } },
      { type: 'item', fields: { title: 'Deprivation of Liberty Safeguards', kind: 'committee_item' } },
      { type: 'review', fields: { title: 'Edge of Care' } },
    ] as const;

    it.each(editorTypes)('lets the chair and officer, not members, create a $type', async ({ type, fields }) => {
      const create = (d: Device) => one(h, d, { op: 'create', type, id: randomUUID(), committeeId: committee, fields });
      expect((await create(member)).code).toBe('forbidden');
      expect((await create(chair)).status).toBe('applied');
      expect((await create(officer)).status).toBe('applied');
    });

    it('lets only the chair and officer change or delete items', async () => {
      const patchBy = (d: Device) => one(h, d, { op: 'patch', type: 'item', id: itemId, baseVersion: 0, fields: { status: 'scheduled' } });
      expect(await patchBy(member)).toMatchObject({ status: 'rejected', code: 'forbidden' });
      expect((await patchBy(chair)).status).toBe('applied');
      expect((await one(h, member, { op: 'delete', type: 'item', id: itemId, baseVersion: 0 })).code).toBe('forbidden');
      expect((await one(h, member, { op: 'restore', type: 'item', id: itemId, baseVersion: 0 })).code).toBe('forbidden');
    });

    it('lets members propose and edit their own suggestions, and the office answer them', async () => {
      const id = randomUUID();
      const client = cid();
      const created = await rawPush(h, member, client, [
        { seq: 1, op: 'create', type: 'suggestion', id, committeeId: committee, fields: { title: 'Hard to reach communities', reason: 'Low turnout' } },
        { seq: 2, op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { reason: 'Low engagement in consultations' } },
        { seq: 3, op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { status: 'accepted' } },
      ]);
      expect(created.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
      expect(created.results[2]!.message).toMatch(/not its status/);
      const row = (await fullState(h, member)).find((r) => r.id === id);
      expect(row).toMatchObject({ createdBy: member.personId, fields: { status: 'open', reason: 'Low engagement in consultations' } });

      const byOther = await one(h, member2, { op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { title: 'Mine now' } });
      expect(byOther.code).toBe('forbidden');
      const chairAnswer = await one(h, chair, { op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { status: 'accepted', response: 'For March' } });
      expect(chairAnswer.status).toBe('applied');
      const chairRewords = await one(h, chair, { op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { title: 'Reworded' } });
      expect(chairRewords.code).toBe('forbidden');
      const officerRewords = await one(h, officer, { op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { title: 'Reworded' } });
      expect(officerRewords.status).toBe('applied');
      expect((await one(h, member, { op: 'patch', type: 'suggestion', id, baseVersion: 0, fields: { status: 'withdrawn' } })).status).toBe('applied');
      expect((await one(h, member2, { op: 'delete', type: 'suggestion', id, baseVersion: 0 })).code).toBe('forbidden');
      expect((await one(h, chair, { op: 'delete', type: 'suggestion', id, baseVersion: 0 })).code).toBe('forbidden');
      expect((await one(h, member, { op: 'delete', type: 'suggestion', id, baseVersion: 0 })).status).toBe('applied');
    });

    it('lets anyone comment, only the author edit, the author or an officer delete', async () => {
      const id = randomUUID();
      const create = await one(h, member, {
        op: 'create',
        type: 'comment',
        id,
        committeeId: committee,
        fields: { targetType: 'item', targetId: itemId, body: 'Can we see the figures?' },
      });
      expect(create.status).toBe('applied');
      const edit = (d: Device) => one(h, d, { op: 'patch', type: 'comment', id, baseVersion: 0, fields: { body: 'Edited' } });
      expect((await edit(member2)).code).toBe('forbidden');
      expect((await edit(officer)).code).toBe('forbidden');
      expect((await edit(member)).status).toBe('applied');
      expect((await one(h, member2, { op: 'delete', type: 'comment', id, baseVersion: 0 })).code).toBe('forbidden');
      expect((await one(h, officer, { op: 'delete', type: 'comment', id, baseVersion: 0 })).status).toBe('applied');
    });

    it('lets only an officer rename the committee; nobody edits memberships by sync', async () => {
      const rename = (d: Device) => one(h, d, { op: 'patch', type: 'committee', id: committee, baseVersion: 0, fields: { council: 'Staffordshire County Council' } });
      expect((await rename(chair)).code).toBe('forbidden');
      expect((await rename(officer)).status).toBe('applied');
      const memberRow = (await fullState(h, member)).find((r) => r.type === 'member' && r.fields['personId'] === member.personId)!;
      const res = await h.inject({
        method: 'POST',
        url: '/sync/push',
        token: officer.token,
        payload: { clientId: cid(), mutations: [{ seq: 1, op: 'patch', type: 'member', id: memberRow.id, baseVersion: 0, fields: { role: 'officer' } }] },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/cannot be changed by clients/);
    });

    it('lets the people involved, or an officer, resolve a conflict notice', async () => {
      const id = randomUUID();
      const base = (await rawPush(h, officer, cid(), [itemCreate(1, id, committee)])).results[0]!.version!;
      await rawPush(h, officer, cid(), [{ seq: 1, op: 'patch', type: 'item', id, baseVersion: base, fields: { details: 'A' } }]);
      await rawPush(h, chair, cid(), [{ seq: 1, op: 'patch', type: 'item', id, baseVersion: base, fields: { details: 'B' } }]);
      const notice = (await fullState(h, member)).find((r) => r.type === 'conflict' && r.fields['entityId'] === id)!;
      const resolve = (d: Device) => one(h, d, { op: 'patch', type: 'conflict', id: notice.id, baseVersion: notice.version, fields: { resolved: true } });
      expect((await resolve(member)).code).toBe('forbidden');
      expect((await resolve(officer)).status).toBe('applied');
      const resolved = (await fullState(h, member)).find((r) => r.id === notice.id)!;
      expect(resolved.fields).toMatchObject({ resolved: true, resolvedBy: officer.personId });
    });
  });

  describe('devices', () => {
    it('shows members their own devices and officers their committee’s', async () => {
      const mine = (await h.inject({ method: 'GET', url: '/devices', token: member.token })).json().devices;
      expect(mine.map((d: { personId: string }) => d.personId)).toEqual([member.personId]);
      const office = (await h.inject({ method: 'GET', url: '/devices', token: officer.token })).json().devices;
      const people = new Set(office.map((d: { personId: string }) => d.personId));
      expect(people.has(member.personId) && people.has(chair.personId)).toBe(true);
      expect(people.has(outsider.personId)).toBe(false);
    });

    it('lets the owner or an officer of their committee revoke a device, nobody else', async () => {
      const target = await h.person(committee, 'member');
      const tryRevoke = (d: Device) => h.inject({ method: 'POST', url: `/devices/${target.deviceId}/revoke`, token: d.token });
      expect((await tryRevoke(member)).statusCode).toBe(404);
      expect((await tryRevoke(chair)).statusCode).toBe(404);
      expect((await tryRevoke(outsider)).statusCode).toBe(404);
      expect((await tryRevoke(target)).statusCode).toBe(200);
      expect((await h.inject({ method: 'GET', url: '/me', token: target.token })).statusCode).toBe(401);
      const unknown = await h.inject({ method: 'POST', url: `/devices/${randomUUID()}/revoke`, token: officer.token });
      expect(unknown.statusCode).toBe(404);
    });

    it('keeps the pull of a revoked member’s other device working and scoped', async () => {
      const rows = await rawPull(h, member2, cid(), null);
      expect(rows.changes.every((r) => r.committeeId === committee)).toBe(true);
    });
  });
});
