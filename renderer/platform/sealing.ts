// Encrypts text kept at rest (pages of password-protected and exempt packs, the saved search
// index) with the platform's at-rest key: AES-GCM, a fresh 12-byte IV for every value.
import type { SealedText } from '../db/types';
import { atRestKey } from './atRestKey';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Dexie's live queries lose track of the reads after a foreign promise (WebCrypto) unless it
// is wrapped in Promise.resolve(), which Dexie patches inside its zones (dexie.org, liveQuery).
const wrapped = <T>(promise: Promise<T>): Promise<T> => Promise.resolve(promise);

export async function sealText(text: string): Promise<SealedText> {
  const key = await wrapped(atRestKey());
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await wrapped(crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(text))));
  return { iv, data };
}

/** The text; rejects when the key is not the one it was sealed with or the bytes were changed. */
export async function openSealed(sealed: SealedText): Promise<string> {
  const key = await wrapped(atRestKey());
  return decoder.decode(await wrapped(crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data)));
}

export function isSealed(value: unknown): value is SealedText {
  const sealed = value as Partial<SealedText> | null;
  return typeof sealed === 'object' && sealed !== null && sealed.iv instanceof Uint8Array && sealed.data instanceof Uint8Array;
}
