// Running-order keys: always room between two keys, plain string order, one key per move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByOrder, isOrderKey, keyBetween, keyForMove, keysBetween } from '../../../shared/questions/order';

// Made by the hand-written fractional indexing this app used before the `fractional-indexing`
// package: [lower bound, upper bound, the key it gave]. Rows already stored carry such keys.
const MADE_BEFORE: readonly [string | null, string | null, string][] = [
  ['a6', 'a7', 'a6V'], ['a6V', 'a7', 'a6l'], ['aB', null, 'aC'], ['a8V', 'a8Z', 'a8X'], ['a1', 'a2', 'a1V'],
  ['a2t', 'a3', 'a2x'], ['a9V', 'aA', 'a9l'], ['a2p', 'a2t', 'a2r'], ['a6O', 'a6V', 'a6S'], [null, 'a0', 'Zz'],
  ['aA5', 'aA6', 'aA5V'], ['a0O', 'a0V', 'a0S'], ['a2p', 'a2r', 'a2q'], ['a6V', 'a6d', 'a6Z'], ['aA4', 'aA4G', 'aA48'],
  ['ZzK', 'ZzO', 'ZzM'], ['a2l', 'a2lV', 'a2lG'], ['a0', 'a0G', 'a08'], ['a8V', 'a8VV', 'a8VG'], ['aA58', 'aA5G', 'aA5C'],
  ['ZzN', 'ZzO', 'ZzNV'], ['a0G', 'a0O', 'a0K'], ['a0L', 'a0M', 'a0LV'], ['a0LK', 'a0LM', 'a0LL'], [null, 'Yzy', 'Yzx'],
  ['b08', null, 'b09'], ['Zz', 'a0', 'ZzV'], ['az', null, 'b00'], [null, 'Z0', 'Yzz'], ['a0', 'a0V', 'a0G'],
];

// A question list as stored by the old code after 200 insertions at random places.
const STORED = ['Zz', 'Zz4', 'Zz8', 'ZzG', 'ZzK', 'ZzM', 'ZzN', 'ZzNV', 'ZzO', 'ZzS', 'ZzV', 'Zzd', 'Zzl', 'a0', 'a08', 'a0G', 'a0H', 'a0I', 'a0K', 'a0L', 'a0M', 'a0O', 'a0P', 'a0PV', 'a0Pl', 'a0Q', 'a0QV', 'a0R', 'a0S', 'a0V', 'a0l', 'a0t', 'a1', 'a18', 'a1G', 'a1V', 'a1d', 'a1f', 'a1g', 'a1gV', 'b00', 'b09'];

describe('keys stored before the fractional-indexing package', () => {
  it('are the keys the package makes for the same bounds', () => {
    for (const [a, b, made] of MADE_BEFORE) expect(keyBetween(a, b)).toBe(made);
  });

  it('stay valid and in running order, with room for a question between any two of them', () => {
    expect(STORED.every(isOrderKey)).toBe(true);
    const shuffled = STORED.map((order, i) => ({ id: `q${(i * 17) % STORED.length}`, order })).reverse();
    expect(shuffled.sort(compareByOrder).map((item) => item.order)).toEqual(STORED);
    for (let i = 0; i <= STORED.length; i++) {
      const low = STORED[i - 1] ?? null;
      const high = STORED[i] ?? null;
      const key = keyBetween(low, high);
      if (low !== null) expect(key > low).toBe(true);
      if (high !== null) expect(key < high).toBe(true);
    }
  });
});

describe('order keys', () => {
  it('starts at a0 and appends with short keys', () => {
    expect(keyBetween(null, null)).toBe('a0');
    expect(keyBetween('a0', null)).toBe('a1');
    expect(keyBetween(null, 'a0')).toBe('Zz');
    expect(keyBetween('a0', 'a1')).toBe('a0V');
    const appended = keysBetween(null, null, 500);
    expect(appended.every((key, i) => i === 0 || appended[i - 1]! < key)).toBe(true);
    expect(Math.max(...appended.map((key) => key.length))).toBeLessThanOrEqual(3);
  });

  it('always finds a key strictly between two keys, however often the same gap is split', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 200 }), (lefts) => {
        let low: string | null = null;
        let high: string | null = null;
        for (const left of lefts) {
          const key = keyBetween(low, high);
          expect(isOrderKey(key)).toBe(true);
          if (low !== null) expect(low < key).toBe(true);
          if (high !== null) expect(key < high).toBe(true);
          if (left) high = key;
          else low = key;
        }
      }),
    );
  });

  it('spreads n keys evenly and in order between bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const keys = keysBetween('a0', 'a1', n);
        expect(keys).toHaveLength(n);
        expect([...keys].sort()).toEqual(keys);
        expect(new Set(keys).size).toBe(n);
        expect(keys.every((key) => key > 'a0' && key < 'a1')).toBe(true);
      }),
    );
  });

  it('rejects keys out of order or not made here', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow();
    expect(() => keyBetween('a10', null)).toThrow();
    expect(() => keyBetween('a0', 'a0')).toThrow();
    expect(isOrderKey('hello')).toBe(false);
    expect(isOrderKey('a!')).toBe(false);
  });

  it('moves one item anywhere by giving it a single new key, as random moves on a list of 50 show', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(49), fc.nat(50)), { maxLength: 60 }), (moves) => {
        let items = keysBetween(null, null, 50).map((order, i) => ({ id: `q${i}`, order }));
        let expected = items.map((item) => item.id);
        for (const [from, to] of moves) {
          const moving = expected[from]!;
          const rest = expected.filter((id) => id !== moving);
          const beforeId = rest[Math.min(to, rest.length)] ?? null;
          const order = keyForMove(items, moving, beforeId);
          items = items.map((item) => (item.id === moving ? { ...item, order } : item)).sort(compareByOrder);
          expected = beforeId === null ? [...rest, moving] : [...rest.slice(0, rest.indexOf(beforeId)), moving, ...rest.slice(rest.indexOf(beforeId))];
          expect(items.map((item) => item.id)).toEqual(expected);
        }
      }),
    );
  });
});
