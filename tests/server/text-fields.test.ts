// Every text field of every route refuses a NUL character and an unpaired surrogate with a
// 400 naming the field, never a 5xx. The cases come from the shared schemas themselves (every
// string field of every request, every creatable and patchable entity field), so a field
// added later is covered without editing this file.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ENTITY_SPECS, ENTITY_TYPES, type EntityType } from '../../shared/sync/model';
import { exchangeRequestSchema, pullRequestSchema } from '../../shared/sync/protocol';
import { BACKENDS } from './helpers/backends';
import { postJson } from './helpers/clients';
import { startHarness, type Device, type Harness } from './helpers/harness';

const BAD = { NUL: '\u0000', 'a lone surrogate': '\uD83D' } as const;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under nullable/optional/default/pipe wrappers. */
function core(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return core(def.innerType);
  if (def.type === 'pipe' && def.in) return core(def.in);
  return schema;
}
const isText = (schema: z.ZodType) => defOf(core(schema)).type === 'string';

/** A value the field accepts, found by trying candidates against the schema itself. */
function validValue(schema: z.ZodType): unknown {
  const def = defOf(core(schema));
  if (def.type === 'enum') return Object.values(def.entries!)[0];
  if (def.type === 'boolean') return true;
  for (const candidate of ['2017-12-11', '10:00', 'c_abcdefgh1234', 'Plain text']) {
    if (schema.safeParse(candidate).success) return candidate;
  }
  throw new Error('no sample value for a field');
}

/** The bad character in the middle of a valid value, so only the character is wrong. */
const poisoned = (valid: string, bad: string) => valid.slice(0, 3) + bad + valid.slice(3);

const textFields = (shape: Record<string, z.ZodType>) => Object.keys(shape).filter((k) => isText(shape[k]!));

const mutationCases = ENTITY_TYPES.flatMap((type: EntityType) => {
  const spec = ENTITY_SPECS[type];
  const shape = spec.fields.shape as Record<string, z.ZodType>;
  const base = Object.fromEntries(spec.required.map((k) => [k, validValue(shape[k]!)]));
  return [
    ...textFields(shape)
      .filter((f) => spec.creatable.includes(f))
      .map((field) => ({ type, op: 'create' as const, field, base, schema: shape[field]! })),
    ...textFields(shape)
      .filter((f) => spec.patchable.includes(f))
      .map((field) => ({ type, op: 'patch' as const, field, base: {}, schema: shape[field]! })),
  ];
});

const cid = () => `c_${randomUUID().replace(/-/g, '')}`;

describe.each(BACKENDS)('text fields refuse NUL and lone surrogates on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let officer: Device;

  beforeAll(async () => {
    h = await startHarness(backend);
    committee = await h.committee();
    officer = await h.person(committee, 'officer');
  });
  afterAll(() => h.close());

  it('covers every entity type a client may write and every text field of the requests', () => {
    // A conflict notice's only client-writable field is the boolean `resolved`.
    const writable = ENTITY_TYPES.filter((t) => t !== 'conflict' && ENTITY_SPECS[t].creatable.length + ENTITY_SPECS[t].patchable.length > 0);
    expect(new Set(mutationCases.map((c) => c.type))).toEqual(new Set(writable));
    expect(mutationCases.length).toBeGreaterThan(40);
    expect(textFields(exchangeRequestSchema.shape)).toEqual(['code', 'deviceName']);
  });

  describe.each(Object.entries(BAD))('%s', (_label, bad) => {
    it.each(mutationCases)('push $op $type.$field', async ({ type, op, field, base, schema }) => {
      const valid = validValue(schema) as string;
      const mutation = (value: string) =>
        op === 'create'
          ? { seq: 1, op, type, id: randomUUID(), committeeId: committee, fields: { ...base, [field]: value } }
          : { seq: 1, op, type, id: randomUUID(), baseVersion: 0, fields: { [field]: value } };
      const res = await postJson(h, '/sync/push', officer.token, { clientId: cid(), mutations: [mutation(poisoned(valid, bad))] });
      expect(res.status).toBe(400);
      expect(res.body['issues']).toContainEqual(expect.objectContaining({ path: `mutations.0.fields.${field}` }));
      expect(res.body['message']).toContain(`mutations.0.fields.${field}`);
      // The same push with the character taken out is not refused as invalid.
      const control = await postJson(h, '/sync/push', officer.token, { clientId: cid(), mutations: [mutation(valid)] });
      expect(control.status).toBe(200);
    });

    it.each(['id', 'committeeId'])('push mutation %s', async (field) => {
      const m = { seq: 1, op: 'create', type: 'item', id: randomUUID(), committeeId: committee, fields: { title: 'T', kind: 'visit' } };
      const res = await postJson(h, '/sync/push', officer.token, { clientId: cid(), mutations: [{ ...m, [field]: poisoned(m[field as 'id'], bad) }] });
      expect(res.status).toBe(400);
      expect(res.body['issues']).toContainEqual(expect.objectContaining({ path: `mutations.0.${field}` }));
    });

    it.each(['/sync/push', '/sync/pull'])('%s clientId', async (url) => {
      const res = await postJson(h, url, officer.token, { clientId: poisoned(cid(), bad), cursor: null, mutations: [] });
      expect(res.status).toBe(400);
      expect(res.body['issues']).toContainEqual(expect.objectContaining({ path: 'clientId' }));
    });

    it.each(textFields(pullRequestSchema.shape).filter((f) => f !== 'clientId'))('pull %s', async (field) => {
      const res = await postJson(h, '/sync/pull', officer.token, { clientId: cid(), cursor: null, [field]: poisoned('Plain text', bad) });
      expect(res.status).toBe(400);
      expect(res.body['issues']).toContainEqual(expect.objectContaining({ path: field }));
      const control = await postJson(h, '/sync/pull', officer.token, { clientId: cid(), cursor: null, [field]: 'Plain text' });
      expect(control.status).toBe(200);
    });

    it.each(textFields(exchangeRequestSchema.shape))('exchange %s', async (field) => {
      const body = { code: 'K7QW-3MZP-9RTA', deviceName: 'Laptop' };
      const res = await postJson(h, '/auth/exchange', undefined, { ...body, [field]: poisoned(body[field as 'code'], bad) });
      expect(res.status).toBe(400);
      expect(res.body['issues']).toContainEqual(expect.objectContaining({ path: field }));
    });

    it.each([
      ['GET', '/history/item/:x'],
      ['POST', '/devices/:x/revoke'],
    ] as const)('%s %s path id', async (method, template) => {
      const url = template.replace(':x', encodeURIComponent(poisoned('abcdef', bad === '\u0000' ? bad : 'x')));
      // A lone surrogate cannot be percent-encoded as UTF-8; send its raw CESU bytes instead.
      const raw = bad === '\u0000' ? url : template.replace(':x', 'abc%ED%A0%BDdef');
      const res = await h.inject({ method, url: raw, token: officer.token });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(/id|path|URI/i);
    });
  });
});
