// The library's data module over IndexedDB: import, de-duplication, bad files, removal.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { importPdfFile, listDocuments, readDocumentBytes, removeDocument } from '../../../renderer/library/libraryData';
import type { InspectResult } from '../../../renderer/meetings/documentReading';
import { PDF_DIR } from '../../fixtures/paths.mjs';

const fixture = (name: string) => new File([readFileSync(PDF_DIR + name)], name.split('/').pop()!, { type: 'application/pdf' });

const readable = (pageCount: number, title?: string) =>
  vi.fn((): Promise<InspectResult> => Promise.resolve({ ok: true, facts: { pageCount, title, encrypted: false } }));

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('importPdfFile', () => {
  it('stores a readable PDF with its title, page count, size and import time', async () => {
    const file = fixture('herts-hscb-executive-response-2016.pdf');
    const outcome = await importPdfFile(file, { inspect: readable(2, 'Executive response'), now: () => 1_700_000_000_000 });
    expect(outcome.status).toBe('imported');
    const [document] = await listDocuments();
    expect(document).toMatchObject({ title: 'Executive response', pageCount: 2, size: file.size, importedAt: 1_700_000_000_000 });
    const { bytes } = await readDocumentBytes(document!.id);
    expect(bytes).toEqual(new Uint8Array(await file.arrayBuffer()));
  });

  it('falls back to the file name when the PDF has no title', async () => {
    await importPdfFile(fixture('herts-hscb-executive-response-2016.pdf'), { inspect: readable(2) });
    expect((await listDocuments())[0]!.title).toBe('herts-hscb-executive-response-2016');
  });

  it('keeps one copy of the same bytes and says which document already holds them', async () => {
    const inspect = readable(2, 'Executive response');
    await importPdfFile(fixture('herts-hscb-executive-response-2016.pdf'), { inspect });
    const renamed = new File([await fixture('herts-hscb-executive-response-2016.pdf').arrayBuffer()], 'copy.pdf');
    const outcome = await importPdfFile(renamed, { inspect });
    expect(outcome.status).toBe('duplicate');
    expect(outcome.status === 'duplicate' && outcome.message).toContain('“copy.pdf” is already in the library as “Executive response”');
    expect(inspect).toHaveBeenCalledTimes(1);
    expect(await db.documents.count()).toBe(1);
    expect(await db.files.count()).toBe(1);
  });

  it.each([
    ['bad/empty.pdf', 'is empty'],
    ['bad/login-page.pdf', 'is not a PDF: it is a web page'],
    ['bad/truncated.pdf', 'is incomplete'],
  ])('rejects %s without touching what is stored', async (name, reason) => {
    await importPdfFile(fixture('herts-hscb-executive-response-2016.pdf'), { inspect: readable(2) });
    const before = await db.documents.toArray();
    const inspect = readable(1);
    const outcome = await importPdfFile(fixture(name), { inspect });
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.message).toContain(`“${name.split('/')[1]}” ${reason}`);
    expect(inspect).not.toHaveBeenCalled();
    expect(await db.documents.toArray()).toEqual(before);
    expect(await db.files.count()).toBe(1);
  });

  it('stores nothing when pdf.js cannot read the file or no password is given', async () => {
    const file = fixture('three-rivers-executive-2012-12-03-item-7f.pdf');
    const unreadable = await importPdfFile(file, { inspect: () => Promise.resolve({ ok: false, reason: 'unreadable', detail: 'Invalid PDF structure.' }) });
    expect(unreadable.status === 'rejected' && unreadable.message).toContain('“three-rivers-executive-2012-12-03-item-7f.pdf” could not be read');
    const cancelled = await importPdfFile(file, { inspect: () => Promise.resolve({ ok: false, reason: 'password-cancelled', detail: '' }) });
    expect(cancelled.status).toBe('cancelled');
    expect(await db.documents.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
  });
});

describe('removeDocument', () => {
  it('removes the document, its place in the reader and its bytes', async () => {
    const outcome = await importPdfFile(fixture('herts-hscb-executive-response-2016.pdf'), { inspect: readable(2) });
    const id = outcome.status === 'imported' ? outcome.document.id : '';
    await db.viewStates.put({ docId: id, page: 2, scale: 'page-width', updatedAt: 1 });
    await removeDocument(id);
    expect(await db.documents.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    expect(await db.viewStates.count()).toBe(0);
    await expect(readDocumentBytes(id)).rejects.toThrow('no longer in the library');
  });
});
