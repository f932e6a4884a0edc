// Bad input gets a clear 4xx, never a 5xx: malformed JSON, wrong content types, oversized
// bodies, schema violations (with the failing path), random bodies on every route; plus
// rate limits and CORS for the app's origins.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../shared/sync/model';
import { BACKENDS } from './helpers/backends';
import { itemCreate, postJson } from './helpers/clients';
import { startHarness, type Device, type Harness } from './helpers/harness';

const cid = () => `c_${randomUUID().replace(/-/g, '')}`;

describe.each(BACKENDS)('HTTP input handling on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let officer: Device;

  beforeAll(async () => {
    h = await startHarness(backend, { app: { bodyLimit: 64 * 1024 } });
    committee = await h.committee();
    officer = await h.person(committee, 'officer');
  });
  afterAll(() => h.close());

  const post = (url: string, payload: string, contentType = 'application/json') =>
    h.inject({ method: 'POST', url, token: officer.token, headers: { 'content-type': contentType }, payload });

  it('answers malformed JSON with 400', async () => {
    const res = await post('/sync/push', '{"clientId": ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad_request', message: expect.stringMatching(/JSON/) });
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await post('/sync/push', 'clientId=abc', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toBe('unsupported_media_type');
  });

  it('answers an empty JSON body with 400', async () => {
    const res = await post('/sync/pull', '');
    expect(res.statusCode).toBe(400);
  });

  it('answers an oversized body with 413', async () => {
    const res = await post('/sync/push', JSON.stringify({ clientId: cid(), mutations: [], pad: 'x'.repeat(70 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBe('payload_too_large');
  });

  it('names the field that is wrong', async () => {
    const res = await postJson(h, '/sync/push', officer.token, {
      clientId: cid(),
      mutations: [{ ...itemCreate(1, randomUUID(), committee), fields: { title: 'x', kind: 'committee_item', meetingDate: '2017-02-30' } }],
    });
    expect(res.status).toBe(400);
    expect(res.body['message']).toMatch(/mutations\.0\.fields\.meetingDate: Expected a date as YYYY-MM-DD/);
    expect(res.body['issues']).toEqual([{ path: 'mutations.0.fields.meetingDate', message: 'Expected a date as YYYY-MM-DD' }]);
  });

  it.each([
    ['an unknown field', { title: 'x', kind: 'visit', colour: 'red' }, /Unrecognized key/],
    ['a missing required field', { kind: 'visit' }, /fields\.title/],
    ['a bad enum value', { title: 'x', kind: 'party' }, /fields\.kind/],
    ['an overlong title', { title: 'x'.repeat(501), kind: 'visit' }, /At most 500/],
  ])('refuses a create with %s', async (_label, fields, message) => {
    const res = await postJson(h, '/sync/push', officer.token, {
      clientId: cid(),
      mutations: [{ seq: 1, op: 'create', type: 'item', id: randomUUID(), committeeId: committee, fields }],
    });
    expect(res.status).toBe(400);
    expect(res.body['message']).toMatch(message);
  });

  it('refuses too many mutations, out-of-order seqs, bad client ids and bad limits', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ seq: i + 1, op: 'delete', type: 'item', id: 'x', baseVersion: 0 }));
    expect((await postJson(h, '/sync/push', officer.token, { clientId: cid(), mutations: many })).status).toBe(400);
    const unordered = [itemCreate(2, randomUUID(), committee), itemCreate(1, randomUUID(), committee)];
    const res = await postJson(h, '/sync/push', officer.token, { clientId: cid(), mutations: unordered });
    expect(res.body['message']).toMatch(/ascending seq/);
    expect((await postJson(h, '/sync/push', officer.token, { clientId: 'short', mutations: [] })).status).toBe(400);
    expect((await postJson(h, '/sync/pull', officer.token, { clientId: cid(), cursor: null, limit: 0 })).status).toBe(400);
    expect((await postJson(h, '/sync/pull', officer.token, { clientId: cid(), cursor: null, limit: 5001 })).status).toBe(400);
    expect((await postJson(h, '/sync/pull', officer.token, { clientId: cid(), cursor: 'x'.repeat(201) })).status).toBe(400);
  });

  it('answers bad path parameters and unknown routes with 4xx', async () => {
    expect((await h.inject({ method: 'GET', url: '/history/spaceship/abc', token: officer.token })).statusCode).toBe(400);
    expect((await h.inject({ method: 'GET', url: `/history/item/${'x'.repeat(300)}`, token: officer.token })).statusCode).toBe(414);
    expect((await h.inject({ method: 'GET', url: '/history/item/%E0%A4%A', token: officer.token })).statusCode).toBeLessThan(500);
    const unknown = await h.inject({ method: 'GET', url: '/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'not_found' });
    expect((await h.inject({ method: 'DELETE', url: '/sync/push' })).statusCode).toBe(404);
  });

  const routes = ['/sync/push', '/sync/pull', '/auth/exchange', `/devices/${randomUUID()}/revoke`];

  it('never answers a random JSON body with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue({ maxDepth: 4 }), async (url, body) => {
        const res = await post(url, JSON.stringify(body));
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 150 },
    );
  });

  it('never answers a random mutation with a 5xx', async () => {
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2017-09-26', 'committee_item', committee));
    const mutation = fc.record(
      {
        seq: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()),
        op: fc.constantFrom('create', 'patch', 'delete', 'restore', 'explode'),
        type: fc.constantFrom(...ENTITY_TYPES, 'person'),
        id: fc.oneof(fc.uuid(), fc.string({ maxLength: 120 })),
        committeeId: fc.constantFrom(committee, 'nope', ''),
        baseVersion: fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 })),
        fields: fc.dictionary(fc.constantFrom('title', 'kind', 'status', 'targetId', 'targetType', 'body', 'resolved', 'reviewId', 'text', 'date', 'x'), value),
      },
      { requiredKeys: ['seq', 'op', 'type', 'id'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 4 }), async (mutations) => {
        const res = await post('/sync/push', JSON.stringify({ clientId: cid(), mutations }));
        expect([200, 400]).toContain(res.statusCode);
      }),
      { numRuns: 200 },
    );
  });

  it('treats prototype-polluting keys as bad input', async () => {
    const res = await post('/sync/pull', '{"clientId":"c_12345678","cursor":null,"__proto__":{"admin":true}}');
    expect(res.statusCode).toBe(400);
  });
});

describe.each(BACKENDS)('limits and CORS on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let officer: Device;
  let member: Device;

  beforeAll(async () => {
    h = await startHarness(backend, {
      app: { rateLimitMax: 5, exchangeRateLimitMax: 2, authFailureMax: 3, allowedOrigins: ['app://scrutineer', 'https://office.example'] },
    });
    committee = await h.committee();
    officer = await h.person(committee, 'officer');
    member = await h.person(committee, 'member');
  });
  afterAll(() => h.close());

  it('limits requests per device, each device on its own budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await h.inject({ method: 'GET', url: '/me', token: officer.token })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await h.inject({ method: 'GET', url: '/me', token: officer.token });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'rate_limited' });
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await h.inject({ method: 'GET', url: '/me', token: member.token })).statusCode).toBe(200);
  });

  it('limits invitation exchanges per address', async () => {
    const attempt = () => h.inject({ method: 'POST', url: '/auth/exchange', payload: { code: 'AAAA-BBBB-CCCC', deviceName: 'x' }, remoteAddress: '10.0.0.9' });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(429);
  });

  it('answers repeated failed sign-ins from one address with 429', async () => {
    const bad = (i: number) =>
      h.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer sct_${String(i).padStart(43, 'B')}` }, remoteAddress: '10.0.0.7' });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await bad(i)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('allows the configured origins and no others', async () => {
    const preflight = (origin: string) =>
      h.inject({
        method: 'OPTIONS',
        url: '/sync/pull',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const ok = await preflight('https://office.example');
    expect(ok.headers['access-control-allow-origin']).toBe('https://office.example');
    expect(String(ok.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect((await preflight('app://scrutineer')).headers['access-control-allow-origin']).toBe('app://scrutineer');
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const health = await h.inject({ method: 'GET', url: '/health', headers: { origin: 'https://office.example' } });
    expect(health.headers['access-control-allow-origin']).toBe('https://office.example');
  });
});

describe('default CORS origins', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite');
  });
  afterAll(() => h.close());

  it.each(['app://scrutineer', 'http://127.0.0.1:4173', 'http://localhost:4173'])('allows %s', async (origin) => {
    const res = await h.inject({ method: 'GET', url: '/health', headers: { origin } });
    expect(res.headers['access-control-allow-origin']).toBe(origin);
  });
});
