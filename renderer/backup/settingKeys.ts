// The settings a backup carries (the user's own choices; never the sync connection or
// secrets) and the backup feature's own keys.

/** When the last backup was saved (milliseconds since the epoch): stays with the device. */
export const LAST_BACKUP_KEY = 'backup:lastAt';
/** The first time the app ran on this device: before the first backup, the reminder counts from it. */
export const FIRST_USE_KEY = 'backup:firstUseAt';
/** "Not now" on the reminder: not asked again before this time. */
export const SNOOZED_UNTIL_KEY = 'backup:snoozedUntil';
/** Days after which the app offers a backup; 0: never. */
export const REMIND_AFTER_KEY = 'backup:remindAfterDays';
export const DEFAULT_REMIND_AFTER_DAYS = 14;

/** The colour meanings and the reminder interval. */
export const BACKED_UP_SETTINGS = ['palette', REMIND_AFTER_KEY] as const;
