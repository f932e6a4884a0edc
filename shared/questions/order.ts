// Running order keys: fractional indexing (the `fractional-indexing` package, rocicorp's
// base-62 scheme). A key sorts by plain string comparison (as IndexedDB and JavaScript
// compare strings), and there is always room for a key between two others, so moving a
// question rewrites only that question's row. Keys look like "a0", "a1", "a0V", "Zz", "b10".
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

// The library would quietly swap bounds given the wrong way round; here that means the list
// is not in running order, which is a bug to surface, not to paper over.
function inOrder(a: string | null, b: string | null): void {
  if (a !== null && b !== null && a >= b) throw new Error(`Order keys out of order: ${a} >= ${b}`);
}

// The library checks a key's head, length and trailing zero but not its digits.
const BASE_62 = /^[0-9A-Za-z]+$/;

/** True for a string the library could have made. */
export function isOrderKey(key: string): boolean {
  if (!BASE_62.test(key)) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** A key that sorts after `a` and before `b` (null: no bound on that side). */
export function keyBetween(a: string | null, b: string | null): string {
  inOrder(a, b);
  return generateKeyBetween(a, b);
}

/** `n` keys in order between `a` and `b`, spread evenly (for appending or renumbering many). */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  inOrder(a, b);
  return n <= 0 ? [] : generateNKeysBetween(a, b, n);
}

/** Compares two items by order key, then by id so that equal keys (never made here) still sort stably. */
export function compareByOrder<T extends { order: string; id: string }>(a: T, b: T): number {
  return a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The new order key for moving `movingId` so that it sits just before `beforeId` (or at
 * the end when null), given the whole list in running order. Only the moved item changes.
 */
export function keyForMove<T extends { order: string; id: string }>(ordered: readonly T[], movingId: string, beforeId: string | null): string {
  const rest = ordered.filter((item) => item.id !== movingId);
  const index = beforeId === null ? rest.length : rest.findIndex((item) => item.id === beforeId);
  if (index < 0) throw new Error('The question to move before is not in the list.');
  return keyBetween(rest[index - 1]?.order ?? null, rest[index]?.order ?? null);
}
