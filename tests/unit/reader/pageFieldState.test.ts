// The Page field while a pack opens and is read: "PDF 40" waits only for the document to open,
// a printed number for the printed numbers, and the field never says "1 of 0".
import { describe, expect, it } from 'vitest';
import type { DocumentStructure } from '../../../renderer/db/types';
import { pagePosition, pageRequest } from '../../../renderer/reader/pageFieldState';
import { pageNumbers } from '../../../renderer/reader/pageNumbers';

// A pack whose first two pages are an unstamped front sheet, then pages stamped 1, 2, 3.
const stamped = pageNumbers({ numbering: 'stamps', pageLabels: [null, null, '1', '2', '3'], inferredPages: [5] } as unknown as DocumentStructure);
const notRead = pageNumbers(undefined);

describe('Page field', () => {
  it('sends "PDF 40" typed while the document opens there as soon as it is open, without waiting for the printed numbers', () => {
    expect(pageRequest('PDF 40', 0, false)).toEqual({ ready: false, waitingFor: 'Going to PDF 40 once the document is open' });
    expect(pageRequest('PDF 40', 648, false)).toEqual({ ready: true });
    expect(pageRequest('pdf page 40', 648, false)).toEqual({ ready: true });
  });

  it('keeps a typed printed number waiting until the printed numbers are read, even once the document is open', () => {
    expect(pageRequest('14', 0, false)).toEqual({ ready: false, waitingFor: 'Going to page 14 once the printed page numbers are read' });
    expect(pageRequest('14', 648, false)).toEqual({ ready: false, waitingFor: 'Going to page 14 once the printed page numbers are read' });
    expect(pageRequest('14', 648, true)).toEqual({ ready: true });
  });

  it('says "Opening…" while the document opens, then PDF numbers until the printed ones are read, then the printed page', () => {
    expect(pagePosition(1, 0, notRead, null)).toBe('Opening…');
    expect(pagePosition(1, 648, notRead, null)).toBe('1 of 648 (PDF numbers until the printed page numbers are read)');
    expect(pagePosition(4, 5, stamped, null)).toBe('Page 2 · PDF page 4 of 5');
    expect(pagePosition(1, 5, stamped, null)).toBe('No printed number · PDF page 1 of 5');
    expect(pagePosition(5, 5, stamped, null)).toBe('Page 3 (inferred: not stamped) · PDF page 5 of 5');
  });

  it('says what a typed page waits for instead of where the reader is', () => {
    expect(pagePosition(1, 0, notRead, 'Going to PDF 40 once the document is open')).toBe('Going to PDF 40 once the document is open…');
  });
});
