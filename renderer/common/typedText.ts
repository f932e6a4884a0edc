// Typed text on its way to IndexedDB is also kept in localStorage, which is written at once:
// a reload, a crash or a window closed between a keystroke and its database write would
// otherwise lose the last words. At start, what is still kept is written again by the
// feature that owns it (each registers how), then let go.

/** Where a typed value belongs: a feature's kind of record, the record and its field. */
export interface TypedKey {
  kind: string;
  id: string;
  field: string;
}

type Apply = (id: string, field: string, value: string) => Promise<void>;

const PREFIX = 'scrutineer:typed:';
const appliers = new Map<string, Apply>();

const storageKey = ({ kind, id, field }: TypedKey) => `${PREFIX}${kind}:${field}:${id}`;

/** How a feature writes back a value of its kind that was typed but not yet stored. */
export function registerTypedText(kind: string, apply: Apply): void {
  appliers.set(kind, apply);
}

/** Keeps a value as typed, before its database write starts. */
export function keepTyped(key: TypedKey, value: string): void {
  try {
    localStorage.setItem(storageKey(key), JSON.stringify({ ...key, value }));
  } catch {
    // Storage full or unavailable: the database write still goes ahead.
  }
}

/** The value is in the database: forget it, unless something newer was typed since. */
export function typedStored(key: TypedKey, value: string): void {
  try {
    const name = storageKey(key);
    const kept = localStorage.getItem(name);
    if (kept !== null && (JSON.parse(kept) as { value?: unknown }).value === value) localStorage.removeItem(name);
  } catch {
    // Unreadable: left for the next start, which writes it again.
  }
}

/** Writes back whatever was typed and not stored before the app last stopped; resolves to how many. */
export async function restoreTypedText(): Promise<number> {
  let restored = 0;
  const names = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter((name): name is string => name?.startsWith(PREFIX) ?? false);
  for (const name of names) {
    try {
      const kept = JSON.parse(localStorage.getItem(name) ?? 'null') as (TypedKey & { value: string }) | null;
      const apply = kept ? appliers.get(kept.kind) : undefined;
      if (!kept || typeof kept.value !== 'string') {
        localStorage.removeItem(name);
        continue;
      }
      // A kind no feature claims (yet) stays kept.
      if (!apply) continue;
      await apply(kept.id, kept.field, kept.value);
      typedStored(kept, kept.value);
      restored++;
    } catch (error) {
      console.warn('Text typed before the app stopped could not be stored yet:', error);
    }
  }
  return restored;
}
