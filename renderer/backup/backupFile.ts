// Sealing and opening a backup file: the contents as gzip'd JSON followed by the PDFs, then
// encrypted with AES-GCM under a key derived from the user's passphrase with PBKDF2-SHA-256
// (WebCrypto; OWASP's 600,000 iterations), and a SHA-256 checksum over the whole file. The
// byte layout is shared/backup/layout.ts.
import { BACKUP_FORMAT, backupContentsSchema, describeContentsProblem, type BackupContents } from '../../shared/backup/schema';
import { BackupFileError, encodePrefix, problemMessage, readFrame, type BackupHeader } from '../../shared/backup/layout';

export const PBKDF2_ITERATIONS = 600_000;
/** Headers asking for fewer (too weak to have been written by us) or more (a file built to hang the app) are refused. */
const ITERATION_RANGE = [100_000, 10_000_000] as const;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

export interface BackupFileInput {
  /** Everything but `files`, which is filled in from `pdfs`. */
  contents: Omit<BackupContents, 'files'>;
  pdfs: { hash: string; blob: Blob }[];
  passphrase: string;
  iterations?: number;
}

/** The bytes of an encrypted backup file. */
export async function sealBackup({ contents, pdfs, passphrase, iterations = PBKDF2_ITERATIONS }: BackupFileInput): Promise<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  const files = pdfs.map(({ hash, blob }) => {
    const entry = { hash, size: blob.size, offset };
    offset += blob.size;
    return entry;
  });
  const json = await gzip(new TextEncoder().encode(JSON.stringify({ ...contents, files })));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, json.length);
  const payload = new Uint8Array(await new Blob([length, json, ...pdfs.map((pdf) => pdf.blob)]).arrayBuffer());

  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: BackupHeader = { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations }, salt: toBase64(salt), iv: toBase64(iv), createdAt: contents.createdAt };
  const prefix = encodePrefix(header);
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix }, key, payload));
  const body = new Uint8Array(prefix.length + ciphertext.length);
  body.set(prefix, 0);
  body.set(ciphertext, prefix.length);
  const checksum = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const file = new Uint8Array(body.length + checksum.length);
  file.set(body, 0);
  file.set(checksum, body.length);
  return file;
}

export interface OpenedBackup {
  contents: BackupContents;
  /** The bytes of a PDF the backup carries, by content hash. */
  pdf(hash: string): Blob | undefined;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Opens a backup file; throws BackupFileError saying why when it cannot (nothing is written either way). */
export async function openBackup(bytes: Uint8Array<ArrayBuffer>, fileName: string, passphrase: string): Promise<OpenedBackup> {
  const frame = readFrame(bytes, fileName);
  const actual = new Uint8Array(await crypto.subtle.digest('SHA-256', frame.checked));
  if (!sameBytes(actual, frame.checksum)) throw new BackupFileError('damaged', problemMessage('damaged', fileName));
  const { kdf, salt, iv } = frame.header;
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || !Number.isInteger(kdf.iterations) || kdf.iterations < ITERATION_RANGE[0] || kdf.iterations > ITERATION_RANGE[1]) {
    throw new BackupFileError('damaged', problemMessage('damaged', fileName, 'its key settings are not ones Scrutineer writes'));
  }
  let payload: Uint8Array<ArrayBuffer>;
  try {
    const key = await deriveKey(passphrase, fromBase64(salt), kdf.iterations);
    payload = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv), additionalData: frame.prefix }, key, frame.ciphertext));
  } catch {
    // The checksum matched, so the file is whole: AES-GCM refuses it because the key is wrong.
    throw new BackupFileError('wrong-passphrase', problemMessage('wrong-passphrase', fileName));
  }
  const jsonLength = new DataView(payload.buffer).getUint32(0);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await gunzip(payload.subarray(4, 4 + jsonLength))));
  } catch {
    throw new BackupFileError('damaged', problemMessage('damaged', fileName, 'its contents cannot be read'));
  }
  if (parsed && typeof parsed === 'object' && 'format' in parsed && typeof parsed.format === 'number' && parsed.format > BACKUP_FORMAT) {
    throw new BackupFileError('future-version', problemMessage('future-version', fileName, String(parsed.format)));
  }
  const checked = backupContentsSchema.safeParse(parsed);
  if (!checked.success) throw new BackupFileError('damaged', problemMessage('damaged', fileName, `it holds something this version cannot restore: ${describeContentsProblem(checked.error)}`));
  const pdfStart = 4 + jsonLength;
  const files = new Map(checked.data.files.map((file) => [file.hash, file]));
  return {
    // Checked field by field above: the rows are the app's own shapes.
    contents: checked.data as unknown as BackupContents,
    pdf(hash) {
      const file = files.get(hash);
      if (!file || pdfStart + file.offset + file.size > payload.length) return undefined;
      return new Blob([payload.subarray(pdfStart + file.offset, pdfStart + file.offset + file.size)], { type: 'application/pdf' });
    },
  };
}
