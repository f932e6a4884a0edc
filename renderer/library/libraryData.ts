// The library's data access: importing, listing, reading and removing documents in Dexie.
import { useLiveQuery } from 'dexie-react-hooks';
import { checkFileEnds, describeFileProblem, HEAD_BYTES, TAIL_BYTES } from '../../shared/pdf/fileCheck';
import { db } from '../db/database';
import type { StoredDocument } from '../db/types';
import type { InspectResult } from './pdfInspect';

export type ImportOutcome =
  | { status: 'imported'; document: StoredDocument }
  | { status: 'duplicate'; document: StoredDocument; message: string }
  | { status: 'rejected'; message: string }
  | { status: 'cancelled'; message: string };

export interface ImportDeps {
  /** Reads page count and title; may ask for a password. */
  inspect: (bytes: Uint8Array, hash: string) => Promise<InspectResult>;
  now?: () => number;
  newId?: () => string;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

function titleFromFileName(name: string): string {
  return name.replace(/\.pdf$/i, '').trim() || name;
}

/**
 * Imports one file. Nothing is written unless the file is a readable PDF that is not
 * already in the library, so a bad file never changes what is stored.
 */
export async function importPdfFile(file: File, deps: ImportDeps): Promise<ImportOutcome> {
  const name = file.name;
  const problem = checkFileEnds(
    file.size,
    await bytesOf(file.slice(0, HEAD_BYTES)),
    await bytesOf(file.slice(Math.max(0, file.size - TAIL_BYTES))),
  );
  if (problem) return { status: 'rejected', message: describeFileProblem(name, problem) };

  const hash = await sha256Hex(await bytesOf(file));
  const existing = await db.documents.where('hash').equals(hash).first();
  if (existing) {
    return {
      status: 'duplicate',
      document: existing,
      message: `“${name}” is already in the library as “${existing.title}”, so it was not imported again.`,
    };
  }

  // pdf.js takes ownership of the bytes it is given, so it gets its own copy; the stored
  // copy is the File itself, which IndexedDB writes to disk.
  const inspected = await deps.inspect(await bytesOf(file), hash);
  if (!inspected.ok) {
    if (inspected.reason === 'password-cancelled') {
      return { status: 'cancelled', message: `“${name}” is password-protected and was not imported because no password was given.` };
    }
    return { status: 'rejected', message: `“${name}” could not be read as a PDF (${inspected.detail}). It may be damaged; download it again.` };
  }

  const id = deps.newId?.() ?? crypto.randomUUID();
  const document: StoredDocument = {
    id,
    hash,
    title: inspected.facts.title ?? titleFromFileName(name),
    fileName: name,
    pageCount: inspected.facts.pageCount,
    size: file.size,
    importedAt: deps.now?.() ?? Date.now(),
    encrypted: inspected.facts.encrypted,
    meetingId: null,
    versionGroup: id,
    version: 1,
  };
  await db.transaction('rw', db.documents, db.files, async () => {
    // Another window may have imported the same bytes meanwhile: keep theirs.
    const raced = await db.documents.where('hash').equals(hash).first();
    if (raced) return;
    await db.files.put({ hash, blob: new Blob([file], { type: 'application/pdf' }), size: file.size });
    await db.documents.add(document);
  });
  return { status: 'imported', document };
}

/** The PDF bytes of a document, read from disk when needed. */
export async function readDocumentBytes(documentId: string): Promise<{ document: StoredDocument; bytes: Uint8Array }> {
  const document = await db.documents.get(documentId);
  if (!document) throw new Error('This document is no longer in the library.');
  const file = await db.files.get(document.hash);
  if (!file) throw new Error(`The file for “${document.title}” is missing from storage.`);
  return { document, bytes: await bytesOf(file.blob) };
}

/** Removes a document, its remembered view and, when nothing else uses them, its bytes. */
export async function removeDocument(documentId: string): Promise<void> {
  await db.transaction('rw', [db.documents, db.files, db.viewStates, db.structures, db.pageTexts], async () => {
    const document = await db.documents.get(documentId);
    if (!document) return;
    await db.documents.delete(documentId);
    await db.viewStates.delete(documentId);
    const stillUsed = await db.documents.where('hash').equals(document.hash).count();
    if (stillUsed === 0) {
      await db.files.delete(document.hash);
      await db.structures.delete(document.hash);
      await db.pageTexts.where('hash').equals(document.hash).delete();
    }
  });
}

export function listDocuments(): Promise<StoredDocument[]> {
  return db.documents.orderBy('importedAt').reverse().toArray();
}

/** Live list of documents, newest import first; undefined while loading. */
export function useDocuments(): StoredDocument[] | undefined {
  return useLiveQuery(listDocuments, []);
}

export function useDocument(documentId: string): StoredDocument | undefined | null {
  return useLiveQuery(async () => (await db.documents.get(documentId)) ?? null, [documentId]);
}
