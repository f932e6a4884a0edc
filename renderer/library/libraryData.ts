// Owner of the documents and files tables: importing, listing, reading and removing
// documents, and the typed queries every other feature uses to reach them.
import { useLiveQuery } from 'dexie-react-hooks';
import { checkFileEnds, describeFileProblem, HEAD_BYTES, TAIL_BYTES } from '../../shared/pdf/fileCheck';
import { meaningfulMetadataTitle } from '../../shared/agenda/documentTitle';
import { db } from '../db/database';
import { backupRows } from '../db/backupRows';
import { inTransaction, type TableName } from '../db/transaction';
import type { StoredDocument } from '../db/types';
import { forgetReading, sealReadingIfExempt } from '../meetings/structuresData';
import { forgetViewState } from './viewStateData';
import { currentVersions } from './versions';
import { documentDependents, type DependentsChoice } from './documentDependents';
import type { InspectResult } from '../meetings/documentReading';

export type ImportOutcome =
  | { status: 'imported'; document: StoredDocument }
  | { status: 'duplicate'; document: StoredDocument; message: string }
  | { status: 'rejected'; message: string }
  | { status: 'cancelled'; message: string };

export interface ImportDeps {
  /** Reads page count and title; may ask for a password. Takes over the bytes (they may be transferred). */
  inspect: (bytes: ArrayBuffer, hash: string) => Promise<InspectResult>;
  now?: () => number;
  newId?: () => string;
  /** What the document is, when its source knows better than its metadata ("Public reports pack"). */
  title?: string;
  /** Arrived by itself (downloaded): shown as "New" until opened. */
  unopened?: boolean;
}

async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
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

  // The file is read into memory once: hashed here, then handed to pdf.js.
  const bytes = await file.arrayBuffer();
  const hash = await sha256Hex(bytes);
  const existing = await db.documents.where('hash').equals(hash).first();
  if (existing) {
    return {
      status: 'duplicate',
      document: existing,
      message: `“${name}” is already in the library as “${existing.title}”, so it was not imported again.`,
    };
  }

  // pdf.js takes ownership of the bytes; the stored copy is the File itself, which
  // IndexedDB writes to disk.
  const inspected = await deps.inspect(bytes, hash);
  if (!inspected.ok) {
    if (inspected.reason === 'password-cancelled') {
      return { status: 'cancelled', message: `“${name}” is password-protected and was not imported because no password was given.` };
    }
    return { status: 'rejected', message: `“${name}” could not be read as a PDF (${inspected.detail}). It may be damaged; download it again.` };
  }

  const id = deps.newId?.() ?? crypto.randomUUID();
  // Templates leave titles such as "Agenda Template" behind; those say nothing.
  const metadataTitle = meaningfulMetadataTitle(inspected.facts.title);
  const document: StoredDocument = {
    id,
    hash,
    // A council's service names what it published ("Public reports pack"); reading its content does not rename it.
    title: deps.title ?? metadataTitle ?? titleFromFileName(name),
    titleSource: deps.title ? 'service' : metadataTitle ? 'metadata' : 'file',
    ...(inspected.facts.title ? { metadataTitle: inspected.facts.title } : {}),
    fileName: name,
    pageCount: inspected.facts.pageCount,
    size: file.size,
    importedAt: deps.now?.() ?? Date.now(),
    encrypted: inspected.facts.encrypted,
    meetingId: null,
    versionGroup: id,
    version: 1,
    ...(deps.unopened && { unopened: true }),
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

/** The stored file (bytes on disk) of a content hash. */
export async function fileBlob(hash: string): Promise<Blob | undefined> {
  return (await db.files.get(hash))?.blob;
}

/**
 * Removes a document, its remembered view and, when nothing else uses them, its bytes and
 * what was read from them; and what the user's work pointing at it becomes (kept detached,
 * or deleted), as they chose: all in one transaction, so it happens entirely or not at all.
 * This is the one place that knows what removing a document removes.
 */
export async function removeDocument(documentId: string, dependentsChoice: DependentsChoice = 'keep'): Promise<void> {
  const dependents = documentDependents();
  const tables = [...new Set([...LIBRARY_TABLES, ...dependents.flatMap((dependent) => dependent.tables)])];
  await inTransaction(tables, async () => {
    const document = await db.documents.get(documentId);
    if (!document) return;
    for (const dependent of dependents) {
      if (dependentsChoice === 'delete') await dependent.remove(document);
      else await dependent.detach(document);
    }
    await db.documents.delete(documentId);
    await forgetViewState(documentId);
    const stillUsed = await db.documents.where('hash').equals(document.hash).count();
    if (stillUsed === 0) {
      await db.files.delete(document.hash);
      await forgetReading(document.hash);
    }
  });
}

const LIBRARY_TABLES: TableName[] = ['documents', 'files', 'viewStates', 'structures', 'pageTexts'];

export function getDocument(documentId: string): Promise<StoredDocument | undefined> {
  return db.documents.get(documentId);
}

export function listDocuments(): Promise<StoredDocument[]> {
  return db.documents.orderBy('importedAt').reverse().toArray();
}

/** Every version of every document filed under a meeting. */
export function documentsOfMeeting(meetingId: string): Promise<StoredDocument[]> {
  return db.documents.where('meetingId').equals(meetingId).toArray();
}

/** The current (newest) version of each document filed under a meeting, oldest import first. */
export async function currentDocumentsOfMeeting(meetingId: string): Promise<StoredDocument[]> {
  return currentVersions(await documentsOfMeeting(meetingId));
}

export function versionsInGroup(versionGroup: string): Promise<StoredDocument[]> {
  return db.documents.where('versionGroup').equals(versionGroup).toArray();
}

/** Names a document by what it turned out to be, unless the user named it. */
export async function setContentTitle(documentId: string, title: string): Promise<void> {
  await db.documents
    .where('id')
    .equals(documentId)
    .modify((document) => {
      if (document.titleSource === 'user' || document.titleSource === 'service' || !title.trim()) return;
      document.title = title.trim();
      document.titleSource = 'content';
    });
}

/** Files a document (and its other versions) where inference put it, with how it was inferred. */
export async function setInferredFiling(versionGroup: string, meetingId: string, filing: NonNullable<StoredDocument['filing']>): Promise<void> {
  await db.documents.where('versionGroup').equals(versionGroup).modify({ meetingId, filing });
}

/** Links minutes to the meeting whose papers they came with. */
export async function setAlsoFor(documentId: string, alsoFor: NonNullable<StoredDocument['alsoFor']>): Promise<void> {
  await db.documents.update(documentId, { alsoFor });
}

/** The document has been opened: it is no longer "New". */
export async function markDocumentOpened(documentId: string): Promise<void> {
  await db.documents.where('id').equals(documentId).filter((document) => document.unopened === true).modify({ unopened: false });
}

/**
 * Whether the text read from a document is kept sealed at rest: it is password-protected, or
 * the user marked it (or an item of it) exempt. A paper exempt by what it says is sealed too
 * (structuresData decides that from its text).
 */
export function isTextProtected(document: StoredDocument): boolean {
  return document.encrypted || document.exempt === true || (document.exemptItems?.length ?? 0) > 0;
}

/** Seals the text already read from a document once it is protected (marked exempt after reading). */
async function sealIfProtected(documentId: string): Promise<void> {
  const document = await db.documents.get(documentId);
  if (document && isTextProtected(document)) await sealReadingIfExempt(document.hash, true);
}

/** Marks a document exempt (Schedule 12A), or not; its stored text is sealed when it becomes exempt (and stays sealed after). */
export async function setDocumentExempt(documentId: string, exempt: boolean): Promise<void> {
  await db.documents.update(documentId, { exempt });
  if (exempt) await sealIfProtected(documentId);
}

/** Marks one agenda item of a document exempt (Schedule 12A), or not: its pages and sub-items go with it. */
export async function setItemExempt(documentId: string, itemNumber: string, exempt: boolean): Promise<void> {
  await db.documents
    .where('id')
    .equals(documentId)
    .modify((document) => {
      const others = (document.exemptItems ?? []).filter((number) => number !== itemNumber);
      document.exemptItems = exempt ? [...others, itemNumber] : others;
    });
  if (exempt) await sealIfProtected(documentId);
}

/** Files one document under a meeting. */
export async function setDocumentMeeting(documentId: string, meetingId: string): Promise<void> {
  await db.documents.update(documentId, { meetingId });
}

/** Files every version of a document under a meeting, as the user chose: no longer inferred. */
export async function setGroupMeeting(versionGroup: string, meetingId: string): Promise<void> {
  await db.documents.where('versionGroup').equals(versionGroup).modify({ meetingId, filing: { inferred: false, reason: 'Filed by you' } });
}

/** Makes a document a version of another group, filed where that group is. */
export async function joinVersionGroup(documentId: string, versionGroup: string, version: number, meetingId: string | null): Promise<void> {
  await db.documents.update(documentId, { versionGroup, version, meetingId });
}

/** Marks "Is this a revised version?" as waiting for the user's answer (pending) or answered. */
export async function setRevisionQuestion(documentId: string, pending: boolean): Promise<void> {
  await db.documents.where('id').equals(documentId).modify((document) => {
    if (pending) document.revisionQuestion = 'pending';
    else delete document.revisionQuestion;
  });
}

/** Documents whose revision question was left unanswered. */
export async function documentsAwaitingRevisionAnswer(): Promise<StoredDocument[]> {
  return (await db.documents.toArray()).filter((document) => document.revisionQuestion === 'pending');
}

/** Live list of documents, newest import first; undefined while loading. */
export function useDocuments(): StoredDocument[] | undefined {
  return useLiveQuery(listDocuments, []);
}

export function useDocument(documentId: string): StoredDocument | undefined | null {
  return useLiveQuery(async () => (await db.documents.get(documentId)) ?? null, [documentId]);
}

/** Every document and bulk writes, for backup and restore only (renderer/backup). */
export const documentBackupRows = backupRows(db.documents);

export function documentWithHash(hash: string): Promise<StoredDocument | undefined> {
  return db.documents.where('hash').equals(hash).first();
}

/** Stores a PDF's bytes under their hash unless they are there already (restore only). */
export async function storeFileIfMissing(hash: string, blob: Blob): Promise<boolean> {
  if (await db.files.get(hash)) return false;
  await db.files.put({ hash, blob, size: blob.size });
  return true;
}
