// "Export annotated PDF" and "Export annotation summary": build the file, then save it
// through the platform (a save dialog in Electron, a download in the browser).
import { EncryptedPdfError, exportAnnotatedPdf, type Annotation } from '../../shared/annotations';
import { summaryDocx, summaryMarkdown, type SummaryGroup, type SummaryModel } from '../../shared/annotations/summary';
import type { DocumentStructure } from '../db/types';
import { readDocumentBytes } from '../library/libraryData';
import { platform } from '../platform';
import { placeOf } from './describePlace';
import type { PageNumbers } from '../reader/pageNumbers';
import type { PaletteColour } from './palette';
import { safeFileName } from '../../shared/files';
import { handleExemptPages } from '../../shared/exempt/pdfPages';


/**
 * Writes an annotated copy. Exempt pages (Part 2 items, or every page of a document marked
 * exempt) are left out with their annotations unless `includeExempt`, and then each is
 * marked "Not for publication".
 */
export async function saveAnnotatedPdf(documentId: string, title: string, annotations: Annotation[], exemptPages: ReadonlySet<number> = new Set(), includeExempt = false): Promise<boolean> {
  const { bytes } = await readDocumentBytes(documentId);
  let output: Uint8Array;
  try {
    const annotated = await exportAnnotatedPdf(bytes, annotations.filter((annotation) => !annotation.review && (includeExempt || !exemptPages.has(annotation.page))));
    output = await handleExemptPages(annotated, exemptPages, includeExempt);
  } catch (error) {
    if (error instanceof EncryptedPdfError) throw new Error(`“${title}” is password-protected, so an annotated copy cannot be written. ${error.message}`, { cause: error });
    throw error;
  }
  const result = await platform.saveFile({ suggestedName: `${safeFileName(title)} (annotated).pdf`, mimeType: 'application/pdf', bytes: new Uint8Array(output) });
  return result.saved;
}

/** The summary's model; annotations on exempt pages are left out (the summary has no "include" choice yet). */
export function summaryModel(title: string, all: Annotation[], structure: DocumentStructure | undefined, numbers: PageNumbers, palette: PaletteColour[], exemptPages: ReadonlySet<number> = new Set()): SummaryModel {
  const annotations = all.filter((annotation) => !exemptPages.has(annotation.review ? annotation.review.oldPage : annotation.page));
  const groups = new Map<string, SummaryGroup>();
  for (const annotation of annotations) {
    const place = placeOf(annotation.review ? annotation.review.oldPage : annotation.page, structure, numbers);
    const heading = place.item ? `${place.item.number ? `Item ${place.item.number}: ` : ''}${place.item.title}` : 'Other pages';
    const group = groups.get(heading) ?? { heading, entries: [] };
    group.entries.push({
      kind: annotation.kind,
      place: place.page,
      quote: annotation.quote?.exact ?? annotation.review?.oldQuote ?? '',
      comment: annotation.comment,
      text: annotation.text ?? '',
      colourMeaning: annotation.meaning ?? palette.find((entry) => entry.colour === annotation.colour)?.meaning ?? '',
      tags: annotation.tags,
      needsReview: Boolean(annotation.review),
    });
    groups.set(heading, group);
  }
  return {
    title: `Annotations: ${title}`,
    subtitle: `${annotations.length} annotation${annotations.length === 1 ? '' : 's'}, exported ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
    groups: [...groups.values()],
  };
}

export async function saveSummary(format: 'markdown' | 'word', title: string, model: SummaryModel): Promise<boolean> {
  const base = `${safeFileName(title)} (annotations)`;
  const result =
    format === 'markdown'
      ? await platform.saveFile({ suggestedName: `${base}.md`, mimeType: 'text/markdown', bytes: new TextEncoder().encode(summaryMarkdown(model)) })
      : await platform.saveFile({
          suggestedName: `${base}.docx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: new Uint8Array(await summaryDocx(model)),
        });
  return result.saved;
}
