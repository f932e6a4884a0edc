// Recognising files that cannot be a usable PDF, from their first and last bytes.
import { describe, expect, it } from 'vitest';
import { checkFileEnds, describeFileProblem } from '../../../shared/pdf/fileCheck';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkFileEnds', () => {
  it('accepts a PDF that has a header and ends with %%EOF, even with padding after it', () => {
    expect(checkFileEnds(100, bytes('%PDF-1.7\n%âãÏÓ'), bytes('startxref\n123\n%%EOF\n\0\0'))).toBeNull();
  });
  it('accepts a header after a few junk bytes, as PDF readers do', () => {
    expect(checkFileEnds(100, bytes('\n\n%PDF-1.4'), bytes('%%EOF'))).toBeNull();
  });
  it('names an empty file', () => {
    expect(checkFileEnds(0, bytes(''), bytes(''))).toEqual({ kind: 'empty' });
  });
  it('recognises a sign-in page saved as .pdf', () => {
    expect(checkFileEnds(92, bytes('<!DOCTYPE html><html><body>Sign in</body></html>'), bytes('</html>'))).toEqual({ kind: 'web-page' });
    expect(checkFileEnds(50, bytes('  <html lang="en"><form action="/login">'), bytes('</html>'))).toEqual({ kind: 'web-page' });
  });
  it('calls other files not a PDF', () => {
    expect(checkFileEnds(10, bytes('PK\u0003\u0004word/document.xml'), bytes('x'))).toEqual({ kind: 'not-pdf' });
  });
  it('recognises a download cut short', () => {
    expect(checkFileEnds(1000, bytes('%PDF-1.7'), bytes('stream\nxœ+T0'))).toEqual({ kind: 'truncated' });
  });
});

describe('describeFileProblem', () => {
  it('names the file and the reason in every message', () => {
    for (const kind of ['empty', 'web-page', 'not-pdf', 'truncated'] as const) {
      const message = describeFileProblem('agenda.pdf', { kind });
      expect(message).toContain('“agenda.pdf”');
      expect(message.length).toBeGreaterThan(30);
    }
  });
});
