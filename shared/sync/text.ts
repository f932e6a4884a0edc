// The one rule for text the sync service stores: no NUL (U+0000) and no unpaired UTF-16
// surrogate, since PostgreSQL refuses both and a refused push would jam the device's outbox.
// The shared schemas apply it to every text field, so the app refuses such text before
// queueing and the server answers 400 naming the field; cleanText mends text from a PDF.
import { z } from 'zod';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const UNSAFE_TEXT_MESSAGE =
  'Contains a character that cannot be stored (a NUL character or a broken Unicode character); remove it or retype the text';

/** Whether the text can be stored as it is: no NUL and every surrogate paired. */
export const isStorableText = (value: string): boolean => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/** Drops NUL characters and replaces unpaired surrogates with U+FFFD: for text extracted from PDFs. */
export const cleanText = (value: string): string => value.split('\u0000').join('').replace(LONE_SURROGATES, '\uFFFD');

/** A string schema with the storable-text rule checked first, so its message is the one shown. */
export const storableText = (): z.ZodString => z.string().refine(isStorableText, { message: UNSAFE_TEXT_MESSAGE });

/** Cleans every string inside a JSON-like value (for re-sending a change that was set aside). */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}
