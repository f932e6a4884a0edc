// The bytes of a backup file (format 1), without the cryptography (renderer/backup/crypto.ts):
//   "SCRUTINEERBK" (12 bytes) · format (uint16) · header length (uint32) · header (JSON) ·
//   ciphertext (AES-GCM of the payload, the bytes before it as additional data) ·
//   SHA-256 of everything before it (32 bytes).
// The format number comes first, so a file from a newer version is recognised as such even
// if everything after it changed; the checksum tells damage apart from a wrong passphrase.
import { BACKUP_FORMAT } from './schema';

export const MAGIC = 'SCRUTINEERBK';
const MAGIC_BYTES = MAGIC.length;
const PREFIX = MAGIC_BYTES + 2 + 4;
export const CHECKSUM_BYTES = 32;

export interface BackupHeader {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number };
  /** base64 */
  salt: string;
  /** base64, 12 bytes */
  iv: string;
  createdAt: number;
}

export type BackupProblem = 'not-a-backup' | 'future-version' | 'damaged' | 'wrong-passphrase';

/** Why a backup file cannot be restored; `message` says it in the user's terms. */
export class BackupFileError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export function problemMessage(problem: BackupProblem, fileName: string, detail = ''): string {
  switch (problem) {
    case 'not-a-backup':
      return `“${fileName}” is not a Scrutineer backup file. Nothing was changed.`;
    case 'future-version':
      return `“${fileName}” was made by a newer version of Scrutineer (backup format ${detail}; this version reads format ${BACKUP_FORMAT}). Update Scrutineer to restore it. Nothing was changed.`;
    case 'damaged':
      return `“${fileName}” is damaged or incomplete (${detail || 'its checksum does not match'}). Nothing was changed; try another copy of the backup.`;
    case 'wrong-passphrase':
      return `The passphrase does not open “${fileName}”. Check it and try again. Nothing was changed.`;
  }
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Everything before the ciphertext: it is also the ciphertext's additional data. */
export function encodePrefix(header: BackupHeader): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(PREFIX + json.length);
  bytes.set(ascii(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(MAGIC_BYTES, BACKUP_FORMAT);
  view.setUint32(MAGIC_BYTES + 2, json.length);
  bytes.set(json, PREFIX);
  return bytes;
}

export interface BackupFrame {
  header: BackupHeader;
  /** The bytes before the ciphertext (additional data). */
  prefix: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  /** What the checksum covers, and the checksum itself. */
  checked: Uint8Array<ArrayBuffer>;
  checksum: Uint8Array<ArrayBuffer>;
}

/** Splits a file into its parts; throws BackupFileError for a file that is not one, too new, or cut short. */
export function readFrame(bytes: Uint8Array<ArrayBuffer>, fileName: string): BackupFrame {
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC_BYTES));
  if (magic !== MAGIC) {
    if (bytes.length < MAGIC_BYTES && MAGIC.startsWith(magic) && magic) throw new BackupFileError('damaged', problemMessage('damaged', fileName, 'it ends after a few bytes'));
    throw new BackupFileError('not-a-backup', problemMessage('not-a-backup', fileName));
  }
  if (bytes.length < PREFIX) throw new BackupFileError('damaged', problemMessage('damaged', fileName, 'it ends inside its header'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint16(MAGIC_BYTES);
  if (format > BACKUP_FORMAT) throw new BackupFileError('future-version', problemMessage('future-version', fileName, String(format)));
  if (format < 1) throw new BackupFileError('damaged', problemMessage('damaged', fileName, `format ${format} does not exist`));
  const headerLength = view.getUint32(MAGIC_BYTES + 2);
  const ciphertextStart = PREFIX + headerLength;
  if (bytes.length < ciphertextStart + CHECKSUM_BYTES + 16) throw new BackupFileError('damaged', problemMessage('damaged', fileName, 'it is shorter than its header says'));
  let header: BackupHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, ciphertextStart))) as BackupHeader;
  } catch {
    throw new BackupFileError('damaged', problemMessage('damaged', fileName, 'its header cannot be read'));
  }
  const end = bytes.length - CHECKSUM_BYTES;
  return {
    header,
    prefix: bytes.subarray(0, ciphertextStart),
    ciphertext: bytes.subarray(ciphertextStart, end),
    checked: bytes.subarray(0, end),
    checksum: bytes.subarray(end),
  };
}
