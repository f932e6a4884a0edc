// Running order keys: fractional indexing over base-62 strings (the scheme of
// rocicorp/fractional-indexing). A key sorts by plain string comparison (as IndexedDB and
// JavaScript compare strings), and there is always room for a key between two others, so
// moving a question rewrites only that question's row.
//
// A key is an integer part (a head letter giving its length, then digits) and an optional
// fraction with no trailing zero: "a0", "a1", "a0V", "b10".

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0]!;
const LAST = DIGITS[DIGITS.length - 1]!;
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;

function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new Error(`Order keys out of order: ${a} >= ${b}`);
  if (a.endsWith(ZERO) || (b !== null && b.endsWith(ZERO))) throw new Error('Order key fraction has a trailing zero.');
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? DIGITS.indexOf(a[0]!) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0]!) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS[Math.round(0.5 * (digitA + digitB))]!;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[digitA]! + midpoint(a.slice(1), null);
}

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new Error(`Invalid order key head: ${head}`);
}

function integerPart(key: string): string {
  const length = integerLength(key[0] ?? '');
  if (length > key.length) throw new Error(`Invalid order key: ${key}`);
  return key.slice(0, length);
}

/** True for a string this module could have made. */
export function isOrderKey(key: string): boolean {
  try {
    validate(key);
    return true;
  } catch {
    return false;
  }
}

function validate(key: string): void {
  if (key === SMALLEST_INTEGER) throw new Error(`Invalid order key: ${key}`);
  const integer = integerPart(key);
  for (const char of key.slice(1)) if (!DIGITS.includes(char)) throw new Error(`Invalid order key: ${key}`);
  if (key.slice(integer.length).endsWith(ZERO)) throw new Error(`Invalid order key: ${key}`);
}

function incrementInteger(x: string): string | null {
  const [head, ...digits] = x.split('') as [string, ...string[]];
  let carry = true;
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i]!) + 1;
    if (d === DIGITS.length) digits[i] = ZERO;
    else {
      digits[i] = DIGITS[d]!;
      carry = false;
    }
  }
  if (!carry) return head + digits.join('');
  if (head === 'Z') return `a${ZERO}`;
  if (head === 'z') return null;
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  if (next > 'a') digits.push(ZERO);
  else digits.pop();
  return next + digits.join('');
}

function decrementInteger(x: string): string | null {
  const [head, ...digits] = x.split('') as [string, ...string[]];
  let borrow = true;
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i]!) - 1;
    if (d === -1) digits[i] = LAST;
    else {
      digits[i] = DIGITS[d]!;
      borrow = false;
    }
  }
  if (!borrow) return head + digits.join('');
  if (head === 'a') return `Z${LAST}`;
  if (head === 'A') return null;
  const previous = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previous < 'Z') digits.push(LAST);
  else digits.pop();
  return previous + digits.join('');
}

/** A key that sorts after `a` and before `b` (null: no bound on that side). */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null) validate(a);
  if (b !== null) validate(b);
  if (a !== null && b !== null && a >= b) throw new Error(`Order keys out of order: ${a} >= ${b}`);
  if (a === null) {
    if (b === null) return `a${ZERO}`;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint('', fb);
    if (ib < b) return ib;
    const decremented = decrementInteger(ib);
    if (decremented === null) throw new Error('No room before the first order key.');
    return decremented;
  }
  if (b === null) {
    const ia = integerPart(a);
    const fa = a.slice(ia.length);
    const incremented = incrementInteger(ia);
    return incremented === null ? ia + midpoint(fa, null) : incremented;
  }
  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  const ib = integerPart(b);
  const fb = b.slice(ib.length);
  if (ia === ib) return ia + midpoint(fa, fb);
  const incremented = incrementInteger(ia);
  if (incremented === null) throw new Error('No room after the last order key.');
  if (incremented < b) return incremented;
  return ia + midpoint(fa, null);
}

/** `n` keys in order between `a` and `b`, spread evenly (for appending or renumbering many). */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [keyBetween(a, b)];
  if (b === null) {
    const keys: string[] = [];
    let previous = a;
    for (let i = 0; i < n; i++) {
      previous = keyBetween(previous, null);
      keys.push(previous);
    }
    return keys;
  }
  if (a === null) {
    const keys: string[] = [];
    let next = b;
    for (let i = 0; i < n; i++) {
      next = keyBetween(null, next);
      keys.push(next);
    }
    return keys.reverse();
  }
  const middle = Math.floor(n / 2);
  const key = keyBetween(a, b);
  return [...keysBetween(a, key, middle), key, ...keysBetween(key, b, n - middle - 1)];
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
