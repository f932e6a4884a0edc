// When to offer a backup: the last one (or, before the first, the day this device started
// using Scrutineer) is older than the interval the user set: two weeks unless they chose otherwise.
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../db/settingsData';
import { DEFAULT_REMIND_AFTER_DAYS, FIRST_USE_KEY, LAST_BACKUP_KEY, REMIND_AFTER_KEY, SNOOZED_UNTIL_KEY } from './settingKeys';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupState {
  lastAt: number | null;
  firstUseAt: number | null;
  snoozedUntil: number | null;
  remindAfterDays: number;
}

const time = (value: unknown) => (typeof value === 'number' ? value : null);

export async function backupState(): Promise<BackupState> {
  const [lastAt, firstUseAt, snoozedUntil, remind] = await Promise.all([LAST_BACKUP_KEY, FIRST_USE_KEY, SNOOZED_UNTIL_KEY, REMIND_AFTER_KEY].map(getSetting));
  return { lastAt: time(lastAt), firstUseAt: time(firstUseAt), snoozedUntil: time(snoozedUntil), remindAfterDays: typeof remind === 'number' ? remind : DEFAULT_REMIND_AFTER_DAYS };
}

/** Remembers the first day the app ran here, once: the reminder counts from it until the first backup. */
export async function noteFirstUse(now = Date.now()): Promise<void> {
  if ((await getSetting(FIRST_USE_KEY)) === undefined) await setSetting(FIRST_USE_KEY, now);
}

/** "Not now": asks again in a day. */
export const snoozeReminder = (now = Date.now()) => setSetting(SNOOZED_UNTIL_KEY, now + DAY_MS);

export const setRemindAfterDays = (days: number) => setSetting(REMIND_AFTER_KEY, days);

export function useBackupState(): BackupState | undefined {
  return useLiveQuery(backupState, []);
}

/** Whether to offer a backup now. */
export function isBackupDue(state: BackupState, now: number): boolean {
  if (state.remindAfterDays <= 0 || (state.snoozedUntil !== null && now < state.snoozedUntil)) return false;
  const from = state.lastAt ?? state.firstUseAt;
  return from !== null && now - from >= state.remindAfterDays * DAY_MS;
}

export function daysSince(ms: number, now: number): number {
  return Math.floor((now - ms) / DAY_MS);
}
