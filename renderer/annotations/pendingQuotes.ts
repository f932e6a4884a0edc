// Annotations made on a pack still being read have no quote (there was no stored text to
// take it from); once the reader has the text, their selected words become their quotes,
// so they follow a revised version like any other.
import { useEffect } from 'react';
import { quoteWaiting, type Annotation, type DocumentText } from '../../shared/annotations';
import { updateAnnotation } from './annotationManager';

export function usePendingQuotes(doc: DocumentText | null | undefined, annotations: Annotation[] | undefined): void {
  useEffect(() => {
    if (!doc || !annotations) return;
    for (const annotation of annotations) {
      if (!annotation.unquoted) continue;
      const quoted = quoteWaiting(annotation, doc);
      // Not an edit of the user's: nothing for Undo.
      if (quoted) void updateAnnotation(annotation.id, { quote: quoted.quote, nearText: quoted.nearText, unquoted: undefined }, { record: false });
    }
  }, [doc, annotations]);
}
