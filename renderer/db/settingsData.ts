// Owner of the settings table: small values under a key each (the colour meanings, the sync
// connection, the browser's stand-in for the platform's secret store). Each feature keeps to
// its own keys; this module is the only one that reads or writes the rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';

export async function getSetting(key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Changes the value under a key from what is stored, in one transaction: two changes made in
 * quick succession (text size, then theme) both stand, instead of the second, read before the
 * first was written, putting the first back.
 */
export async function updateSetting(key: string, change: (value: unknown) => unknown): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const value = change((await db.settings.get(key))?.value);
    await db.settings.put({ key, value });
  });
}

/** Stores the value unless the key has one; either way, the value kept. */
export async function setSettingIfAbsent(key: string, value: unknown): Promise<unknown> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get(key);
    if (existing) return existing.value;
    await db.settings.put({ key, value });
    return value;
  });
}

export async function deleteSetting(key: string): Promise<void> {
  await db.settings.delete(key);
}

/** The live value under a key; undefined while loading or when unset. */
export function useSetting(key: string): unknown {
  return useLiveQuery(() => getSetting(key), [key]);
}
