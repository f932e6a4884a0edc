// Typed text kept outside IndexedDB until stored: what a reload or crash in between leaves
// is written back at the next start, and nothing newer is overwritten by something older.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepTyped, registerTypedText, restoreTypedText, typedStored } from '../../../renderer/common/typedText';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const answer = { kind: 'question', id: 'q1', field: 'answer' };

describe('typed text kept until stored', () => {
  let stored: Map<string, string>;
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
    stored = new Map();
    registerTypedText('question', (id, field, value) => {
      stored.set(`${id}.${field}`, value);
      return Promise.resolve();
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('writes back what was typed but never stored, once', async () => {
    keepTyped(answer, 'A report to the December meeting.');
    expect(await restoreTypedText()).toBe(1);
    expect(stored.get('q1.answer')).toBe('A report to the December meeting.');
    expect(await restoreTypedText()).toBe(0);
  });

  it('forgets a value once stored, but not when newer typing is still on its way', async () => {
    keepTyped(answer, 'A report');
    typedStored(answer, 'A report');
    expect(await restoreTypedText()).toBe(0);

    keepTyped(answer, 'A report');
    keepTyped(answer, 'A report to December');
    typedStored(answer, 'A report');
    expect(await restoreTypedText()).toBe(1);
    expect(stored.get('q1.answer')).toBe('A report to December');
  });

  it('keeps what no feature claims, and what could not be written, for the next start', async () => {
    keepTyped({ kind: 'inquiry', id: 'i1', field: 'title' }, 'Edge of care');
    registerTypedText('note', () => Promise.reject(new Error('database closed')));
    keepTyped({ kind: 'note', id: 'n1', field: 'body' }, '# Visit plans');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await restoreTypedText()).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
    expect(localStorage.length).toBe(2);
    warn.mockRestore();
  });
});
