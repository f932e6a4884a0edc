// A new annotation with its identity, timestamps and reading-order key filled in.
import { sortKeyOf, type Annotation, type AnnotationKind } from '../../shared/annotations';

export function newAnnotation(documentId: string, kind: AnnotationKind, page: number, colour: string, fields: Partial<Annotation>): Annotation {
  const now = Date.now();
  const annotation: Annotation = {
    id: crypto.randomUUID(),
    documentId,
    kind,
    colour,
    comment: '',
    tags: [],
    page,
    rects: [],
    inkPaths: [],
    sortKey: '',
    origin: 'user',
    createdAt: now,
    modifiedAt: now,
    ...fields,
  };
  annotation.sortKey = sortKeyOf(annotation);
  return annotation;
}
