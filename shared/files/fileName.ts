// A file name made from a title (a pack's or a list's) that every platform accepts.

/** Drops characters Windows and macOS refuse in file names, folds spaces, keeps it short. */
export function safeFileName(title: string, fallback = 'document'): string {
  return title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || fallback;
}
