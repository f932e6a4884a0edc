// The HTTP contract between the app and the sync service (docs/sync.md): one request and
// response schema per endpoint, parsed from unknown on both sides.
import { z } from 'zod';
import { storableText } from './text';
import { entityTypeSchema, idSchema, parseCreateFields, parsePatchFields, roleSchema } from './model';

export const MAX_MUTATIONS_PER_PUSH = 500;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

export const clientIdSchema = storableText()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'Expected a client id of 8 to 64 letters, digits, _ or -');

const seqSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const versionSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const fieldsSchema = z.record(z.string(), z.unknown());

const createMutationSchema = z.object({
  seq: seqSchema,
  op: z.literal('create'),
  type: entityTypeSchema,
  id: idSchema,
  committeeId: idSchema,
  fields: fieldsSchema,
});
const patchMutationSchema = z.object({
  seq: seqSchema,
  op: z.literal('patch'),
  type: entityTypeSchema,
  id: idSchema,
  baseVersion: versionSchema,
  fields: fieldsSchema,
});
const deleteMutationSchema = z.object({
  seq: seqSchema,
  op: z.literal('delete'),
  type: entityTypeSchema,
  id: idSchema,
  baseVersion: versionSchema,
});
const restoreMutationSchema = z.object({
  seq: seqSchema,
  op: z.literal('restore'),
  type: entityTypeSchema,
  id: idSchema,
  baseVersion: versionSchema,
});

/** One change a client made, with its field values checked against the entity model. */
export const mutationSchema = z
  .discriminatedUnion('op', [createMutationSchema, patchMutationSchema, deleteMutationSchema, restoreMutationSchema])
  .superRefine((m, ctx) => {
    if (m.op !== 'create' && m.op !== 'patch') return;
    const result = m.op === 'create' ? parseCreateFields(m.type, m.fields) : parsePatchFields(m.type, m.fields);
    if (!result.ok) {
      for (const issue of result.issues) ctx.addIssue({ code: 'custom', path: ['fields', ...issue.path], message: issue.message });
    }
  });
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationOp = Mutation['op'];

export const pushRequestSchema = z
  .object({
    clientId: clientIdSchema,
    mutations: z.array(mutationSchema).max(MAX_MUTATIONS_PER_PUSH, `At most ${MAX_MUTATIONS_PER_PUSH} mutations per push`),
  })
  .superRefine((req, ctx) => {
    for (let i = 1; i < req.mutations.length; i++) {
      if (req.mutations[i]!.seq <= req.mutations[i - 1]!.seq) {
        ctx.addIssue({ code: 'custom', path: ['mutations', i, 'seq'], message: 'Mutations must be in ascending seq order' });
      }
    }
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const REJECTION_CODES = ['forbidden', 'not_found', 'exists', 'invalid'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const mutationResultSchema = z.object({
  seq: seqSchema,
  status: z.enum(['applied', 'rejected']),
  /** The mutation's place in the server's total order; rows it wrote carry this version. */
  version: versionSchema.optional(),
  conflicts: z.number().int().nonnegative().optional(),
  code: z.enum(REJECTION_CODES).optional(),
  message: z.string().optional(),
  /** The mutation had been processed by an earlier push; this is its stored result. */
  duplicate: z.boolean().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  /** The last seq of this client the server has processed; resume after it. */
  lastSeq: z.number().int().nonnegative(),
  results: z.array(mutationResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  clientId: clientIdSchema,
  cursor: storableText().max(200).nullable(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/** The current state of one entity, as of `version`. Tombstones keep their last fields. */
export const rowSchema = z.object({
  type: entityTypeSchema,
  id: idSchema,
  committeeId: idSchema,
  version: versionSchema,
  deleted: z.boolean(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  fields: fieldsSchema,
});
export type SyncRow = z.infer<typeof rowSchema>;

export const pullResponseSchema = z.object({
  cursor: z.string(),
  /** Discard all server rows before applying these (first sync or change of committees). */
  reset: z.boolean(),
  /** More changes wait; pull again at once with the new cursor. */
  more: z.boolean(),
  lastSeq: z.number().int().nonnegative(),
  changes: z.array(rowSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const membershipSchema = z.object({ committeeId: idSchema, committeeName: z.string(), role: roleSchema });
export const personSchema = z.object({ id: idSchema, name: z.string() });
export const deviceRefSchema = z.object({ id: idSchema, name: z.string() });

export const exchangeRequestSchema = z.object({
  code: storableText().min(1, 'Enter the invitation code').max(64),
  deviceName: storableText().min(1, 'Name this device').max(200),
});
export type ExchangeRequest = z.infer<typeof exchangeRequestSchema>;

export const exchangeResponseSchema = z.object({
  token: z.string(),
  device: deviceRefSchema,
  person: personSchema,
  memberships: z.array(membershipSchema),
});
export type ExchangeResponse = z.infer<typeof exchangeResponseSchema>;

export const meResponseSchema = z.object({
  person: personSchema,
  device: deviceRefSchema,
  memberships: z.array(membershipSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const deviceSchema = z.object({
  id: idSchema,
  name: z.string(),
  personId: idSchema,
  personName: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;
export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) });
export const revokeResponseSchema = z.object({ device: deviceSchema });

export const historyParamsSchema = z.object({ type: entityTypeSchema, id: idSchema });
export const auditEntrySchema = z.object({
  version: versionSchema,
  at: z.string(),
  op: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  deviceId: z.string().nullable(),
  clientId: z.string().nullable(),
  seq: z.number().int().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const historyResponseSchema = z.object({ entries: z.array(auditEntrySchema) });

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Every endpoint, for clients that want one table to drive requests and parsing. */
export const syncApi = {
  health: { method: 'GET', path: '/health', response: healthResponseSchema },
  exchange: { method: 'POST', path: '/auth/exchange', request: exchangeRequestSchema, response: exchangeResponseSchema },
  me: { method: 'GET', path: '/me', response: meResponseSchema },
  push: { method: 'POST', path: '/sync/push', request: pushRequestSchema, response: pushResponseSchema },
  pull: { method: 'POST', path: '/sync/pull', request: pullRequestSchema, response: pullResponseSchema },
  history: { method: 'GET', path: '/history/:type/:id', response: historyResponseSchema },
  devices: { method: 'GET', path: '/devices', response: devicesResponseSchema },
  revokeDevice: { method: 'POST', path: '/devices/:id/revoke', response: revokeResponseSchema },
} as const;
