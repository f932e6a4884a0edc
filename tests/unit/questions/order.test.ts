// Running-order keys: always room between two keys, plain string order, one key per move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByOrder, isOrderKey, keyBetween, keyForMove, keysBetween } from '../../../shared/questions/order';

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
    expect(isOrderKey('hello')).toBe(false);
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
