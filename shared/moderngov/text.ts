// Text as the ModernGov service sends it: padded with whitespace, sometimes HTML-encoded
// twice (`&amp;amp;`), with "True"/"False" flags and dd/mm/yyyy dates.
import { decodeHTML } from 'entities';

const ENCODED = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** Collapses whitespace and undoes a second layer of HTML encoding the XML parser left. */
export function cleanText(value: unknown): string {
  let text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  // At most two more layers: a title encoded twice arrives as `&amp;amp;` in the XML.
  for (let layer = 0; layer < 2 && ENCODED.test(text); layer += 1) text = decodeHTML(text);
  return text.replace(/\s+/g, ' ').trim();
}

/** A count such as " 3" or an empty element: a number, or undefined when blank. */
export function parseCount(value: unknown): number | undefined {
  const text = cleanText(value);
  if (!/^\d+$/.test(text)) return undefined;
  return Number(text);
}

export const isTrue = (value: unknown): boolean => cleanText(value).toLowerCase() === 'true';
