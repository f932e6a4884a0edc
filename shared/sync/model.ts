// The synced entity model of a committee's work programme: one zod schema per entity type
// for its fields, and which fields a client may set on create and patch. Server and app
// validate every mutation with these, so a mutation the engine accepts is never a 400.
import { z } from 'zod';
import { storableText } from './text';

export const ENTITY_TYPES = [
  'committee',
  'member',
  'meeting',
  'item',
  'suggestion',
  'comment',
  'review',
  'recommendation',
  'link',
  'conflict',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const entityTypeSchema = z.enum(ENTITY_TYPES);

export const ROLES = ['member', 'chair', 'officer'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Client-generated ids (UUIDs in practice); the wider alphabet admits readable demo ids. */
export const idSchema = storableText()
  .regex(/^[A-Za-z0-9_.:@-]{1,100}$/, 'Expected an id of 1 to 100 letters, digits or _ . : @ -');

// A date's own pattern already refuses NUL and surrogates.
export const isoDateSchema = z.iso.date({ message: 'Expected a date as YYYY-MM-DD' });
const text = (max: number) => storableText().max(max, `At most ${max} characters`);
const title = storableText().min(1, 'Must not be empty').max(500, 'At most 500 characters');
const longText = text(20_000);

export const ITEM_KINDS = ['committee_item', 'briefing_note', 'visit', 'working_group', 'inquiry_day'] as const;
export const ITEM_STATUSES = ['proposed', 'scheduled', 'completed', 'deferred', 'withdrawn'] as const;
export const SUGGESTION_STATUSES = ['open', 'accepted', 'declined', 'withdrawn'] as const;
export const EXECUTIVE_RESPONSES = ['accepted', 'partly', 'rejected'] as const;
export const RECOMMENDATION_STATUSES = ['awaiting_response', 'in_progress', 'implemented', 'not_implemented', 'closed'] as const;
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const COMMENT_TARGETS = ['meeting', 'item', 'suggestion', 'review', 'recommendation'] as const;
export const CONFLICT_KINDS = ['overwritten', 'edited_after_delete', 'deleted_while_editing'] as const;

export const committeeFields = z.object({
  name: title,
  council: text(200),
  municipalYear: text(20),
});

/** A person's membership of a committee, written by the server when someone is invited. */
export const memberFields = z.object({
  personId: idSchema,
  name: title,
  role: roleSchema,
});

export const meetingFields = z.object({
  date: isoDateSchema,
  startTime: storableText().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM').nullable(),
  venue: text(500),
  notes: longText,
  status: z.enum(MEETING_STATUSES),
});

export const itemFields = z.object({
  /** null: "to be scheduled". */
  meetingDate: isoDateSchema.nullable(),
  /** Free text for what a date cannot say: "tbc", "9.30 – 11.00 am", several visit dates. */
  dateNote: text(500),
  kind: z.enum(ITEM_KINDS),
  title,
  cabinetMember: text(500),
  leadOfficer: text(500),
  /** Link to the council's priorities / commissioning plans. */
  priorities: text(5000),
  details: longText,
  /** Action / outcome, filled in after the meeting. */
  outcome: longText,
  status: z.enum(ITEM_STATUSES),
  /** When members asked for the item to come back ("in six months' time"). */
  followUpDue: isoDateSchema.nullable(),
  /** The earlier item this one follows up. */
  followsUpItemId: idSchema.nullable(),
});

export const suggestionFields = z.object({
  title,
  reason: longText,
  status: z.enum(SUGGESTION_STATUSES),
  /** The officer's or chair's reply. */
  response: longText,
  /** The work programme item the suggestion became, if accepted. */
  itemId: idSchema.nullable(),
});

export const commentFields = z.object({
  targetType: z.enum(COMMENT_TARGETS),
  targetId: idSchema,
  body: storableText().min(1, 'Must not be empty').max(20_000, 'At most 20000 characters'),
});

/** A scrutiny review (working group, inquiry day) whose report makes recommendations. */
export const reviewFields = z.object({
  title,
  chairName: text(200),
  scrutinyOfficer: text(200),
  executiveMember: text(200),
  scrutinyDate: isoDateSchema.nullable(),
  reportPublished: isoDateSchema.nullable(),
  responseDue: isoDateSchema.nullable(),
});

export const recommendationFields = z.object({
  reviewId: idSchema,
  number: text(20),
  text: storableText().min(1, 'Must not be empty').max(20_000, 'At most 20000 characters'),
  response: z.enum(EXECUTIVE_RESPONSES).nullable(),
  responseText: longText,
  responseDue: isoDateSchema.nullable(),
  leadOfficer: text(500),
  /** As the executive wrote it: "Sept 2017", "Ongoing". */
  deadline: text(200),
  followUpDate: isoDateSchema.nullable(),
  status: z.enum(RECOMMENDATION_STATUSES),
});

/** A recommendation followed up by a work programme item. */
export const linkFields = z.object({
  recommendationId: idSchema,
  itemId: idSchema,
});

/** A notice written by the server when a concurrent change overwrote or hid someone's edit. */
export const conflictFields = z.object({
  kind: z.enum(CONFLICT_KINDS),
  entityType: entityTypeSchema,
  entityId: idSchema,
  field: storableText().nullable(),
  keptValue: z.unknown(),
  lostValue: z.unknown(),
  keptBy: storableText().nullable(),
  keptClientId: storableText().nullable(),
  lostBy: storableText().nullable(),
  lostClientId: storableText().nullable(),
  lostVersion: z.number().int().nonnegative(),
  resolved: z.boolean(),
  resolvedBy: storableText().nullable(),
});

export type CommitteeFields = z.infer<typeof committeeFields>;
export type MemberFields = z.infer<typeof memberFields>;
export type MeetingFields = z.infer<typeof meetingFields>;
export type ItemFields = z.infer<typeof itemFields>;
export type SuggestionFields = z.infer<typeof suggestionFields>;
export type CommentFields = z.infer<typeof commentFields>;
export type ReviewFields = z.infer<typeof reviewFields>;
export type RecommendationFields = z.infer<typeof recommendationFields>;
export type LinkFields = z.infer<typeof linkFields>;
export type ConflictFields = z.infer<typeof conflictFields>;

export interface EntityFieldsByType {
  committee: CommitteeFields;
  member: MemberFields;
  meeting: MeetingFields;
  item: ItemFields;
  suggestion: SuggestionFields;
  comment: CommentFields;
  review: ReviewFields;
  recommendation: RecommendationFields;
  link: LinkFields;
  conflict: ConflictFields;
}

type AnyFields = z.ZodObject<z.ZodRawShape>;

interface EntitySpec {
  fields: AnyFields;
  /** Fields a client create must give. */
  required: readonly string[];
  /** Fields a client create may give; the rest take their default. Empty: server-only type. */
  creatable: readonly string[];
  /** Fields a patch may change (by someone with permission). */
  patchable: readonly string[];
  /** Values for every field a create may omit. */
  defaults: Record<string, unknown>;
  /** Fields that hold the id of another entity, and the types it may be. */
  refs: Readonly<Record<string, readonly EntityType[]>>;
}

const keys = (schema: AnyFields) => Object.keys(schema.shape);

export const ENTITY_SPECS: Readonly<Record<EntityType, EntitySpec>> = {
  committee: {
    fields: committeeFields,
    required: [],
    creatable: [],
    patchable: ['name', 'council', 'municipalYear'],
    defaults: { council: '', municipalYear: '' },
    refs: {},
  },
  member: { fields: memberFields, required: [], creatable: [], patchable: [], defaults: {}, refs: {} },
  meeting: {
    fields: meetingFields,
    required: ['date'],
    creatable: keys(meetingFields),
    patchable: keys(meetingFields),
    defaults: { startTime: null, venue: '', notes: '', status: 'scheduled' },
    refs: {},
  },
  item: {
    fields: itemFields,
    required: ['title', 'kind'],
    creatable: keys(itemFields),
    patchable: keys(itemFields),
    defaults: {
      meetingDate: null,
      dateNote: '',
      cabinetMember: '',
      leadOfficer: '',
      priorities: '',
      details: '',
      outcome: '',
      status: 'proposed',
      followUpDue: null,
      followsUpItemId: null,
    },
    refs: { followsUpItemId: ['item'] },
  },
  suggestion: {
    fields: suggestionFields,
    required: ['title'],
    // status, response and itemId are the office's reply, never set by the proposer.
    creatable: ['title', 'reason'],
    patchable: keys(suggestionFields),
    defaults: { reason: '', status: 'open', response: '', itemId: null },
    refs: { itemId: ['item'] },
  },
  comment: {
    fields: commentFields,
    required: ['targetType', 'targetId', 'body'],
    creatable: keys(commentFields),
    patchable: ['body'],
    defaults: {},
    refs: { targetId: COMMENT_TARGETS },
  },
  review: {
    fields: reviewFields,
    required: ['title'],
    creatable: keys(reviewFields),
    patchable: keys(reviewFields),
    defaults: {
      chairName: '',
      scrutinyOfficer: '',
      executiveMember: '',
      scrutinyDate: null,
      reportPublished: null,
      responseDue: null,
    },
    refs: {},
  },
  recommendation: {
    fields: recommendationFields,
    required: ['reviewId', 'text'],
    creatable: keys(recommendationFields),
    // Moving a recommendation to another review is a delete and a create.
    patchable: keys(recommendationFields).filter((k) => k !== 'reviewId'),
    defaults: {
      number: '',
      response: null,
      responseText: '',
      responseDue: null,
      leadOfficer: '',
      deadline: '',
      followUpDate: null,
      status: 'awaiting_response',
    },
    refs: { reviewId: ['review'] },
  },
  link: {
    fields: linkFields,
    required: ['recommendationId', 'itemId'],
    creatable: ['recommendationId', 'itemId'],
    patchable: [],
    defaults: {},
    refs: { recommendationId: ['recommendation'], itemId: ['item'] },
  },
  conflict: {
    fields: conflictFields,
    required: [],
    creatable: [],
    patchable: ['resolved'],
    defaults: {},
    refs: {},
  },
};

const mask = (names: readonly string[]): Record<string, true> =>
  Object.fromEntries(names.map((n) => [n, true as const]));

function buildCreateSchema(spec: EntitySpec): AnyFields | null {
  if (spec.creatable.length === 0) return null;
  const optional = spec.creatable.filter((k) => !spec.required.includes(k));
  return spec.fields.pick(mask(spec.creatable)).partial(mask(optional)).strict();
}

function buildPatchSchema(spec: EntitySpec): AnyFields | null {
  if (spec.patchable.length === 0) return null;
  return spec.fields.pick(mask(spec.patchable)).partial().strict();
}

const createSchemas = Object.fromEntries(
  ENTITY_TYPES.map((t) => [t, buildCreateSchema(ENTITY_SPECS[t])]),
) as Record<EntityType, AnyFields | null>;
const patchSchemas = Object.fromEntries(
  ENTITY_TYPES.map((t) => [t, buildPatchSchema(ENTITY_SPECS[t])]),
) as Record<EntityType, AnyFields | null>;

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}
export type FieldsResult = { ok: true; fields: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

/** A zod error as the issues the protocol reports (paths without symbols). */
export const toIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));

/** Validates the fields of a client create and fills in defaults: the full field object. */
export function parseCreateFields(type: EntityType, fields: unknown): FieldsResult {
  const schema = createSchemas[type];
  if (!schema) return { ok: false, issues: [{ path: [], message: `${type} entities are created by the server only` }] };
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  return { ok: true, fields: { ...ENTITY_SPECS[type].defaults, ...parsed.data } };
}

/** Validates the fields of a client patch: only patchable fields, at least one. */
export function parsePatchFields(type: EntityType, fields: unknown): FieldsResult {
  const schema = patchSchemas[type];
  if (!schema) return { ok: false, issues: [{ path: [], message: `${type} entities cannot be changed by clients` }] };
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  if (Object.keys(parsed.data).length === 0) {
    return { ok: false, issues: [{ path: [], message: 'A patch must change at least one field' }] };
  }
  return { ok: true, fields: parsed.data };
}

/** Validates a complete field object (server-written entities, demo data). */
export function parseEntityFields<T extends EntityType>(type: T, fields: unknown): EntityFieldsByType[T] {
  return ENTITY_SPECS[type].fields.parse(fields) as EntityFieldsByType[T];
}
