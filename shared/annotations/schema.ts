// What a stored annotation must be: checked before every write (renderer/annotations/
// annotationManager.ts), so a bug upstream shows as an error, not as a row that breaks
// the list, the overlay or the export later.
import { z } from 'zod';
import type { Annotation } from './types';

const coordinate = z.number();
const point = z.tuple([coordinate, coordinate]);
const rect = z.tuple([coordinate, coordinate, coordinate, coordinate]);
const offset = z.number().int().nonnegative();
const quote = z
  .object({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: offset, end: offset })
  .refine((q) => q.start <= q.end, 'A quote ends after it starts.');
const timestamp = z.number().nonnegative();

export const annotationSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  kind: z.enum(['highlight', 'underline', 'strikeout', 'note', 'ink', 'textbox']),
  colour: z.string().regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'A colour is #rrggbb.'),
  meaning: z.string().optional(),
  comment: z.string(),
  tags: z.array(z.string()),
  page: z.number().int().positive(),
  rects: z.array(rect),
  inkPaths: z.array(z.array(point)),
  strokeWidth: z.number().positive().optional(),
  point: point.optional(),
  text: z.string().optional(),
  fontSize: z.number().positive().optional(),
  quote: quote.optional(),
  nearText: z.object({ quote, offset: point }).optional(),
  unquoted: z.object({ text: z.string().min(1), offset: point.optional() }).optional(),
  sortKey: z.string().min(1),
  author: z.string().optional(),
  origin: z.enum(['user', 'imported']).optional(),
  importedRef: z.string().optional(),
  review: z
    .object({ reason: z.enum(['text-not-found', 'no-anchor', 'context-changed']), oldPage: z.number().int().positive(), oldQuote: z.string(), fromDocumentId: z.string(), since: timestamp })
    .optional(),
  pendingGeometry: z.boolean().optional(),
  detachedFrom: z.object({ title: z.string(), fileName: z.string(), hash: z.string(), at: timestamp }).optional(),
  createdAt: timestamp,
  modifiedAt: timestamp,
  deletedAt: timestamp.nullable().optional(),
});

// The schema and the type must agree: this fails to compile when one changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: Same<z.infer<typeof annotationSchema>, Annotation> = true;
void agree;

/** Throws a readable error naming the first problem when `annotation` is not a valid annotation. */
export function checkAnnotation(annotation: Annotation): void {
  const result = annotationSchema.safeParse(annotation);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Annotation ${annotation.id || '(no id)'} was not saved: ${issue.path.join('.') || 'it'}: ${issue.message}`);
  }
}
