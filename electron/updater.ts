// Checks the release feed for a newer version (electron-updater, configured by `publish` in
// build/electron-builder.yml) and offers it with the system's notification. Only in the
// packaged app: never in development (an unpackaged app has no feed file) nor in tests, nor
// where an administrator turned it off with SCRUTINEER_UPDATES=off (councils that roll out
// software centrally).

/** The part of electron-updater's autoUpdater this uses. */
export interface AutoUpdaterLike {
  checkForUpdatesAndNotify(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdaterDeps {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  /** Loads electron-updater only when it is to run (it reads the app's files on load). */
  load(): Promise<AutoUpdaterLike>;
  log(message: string): void;
}

export function updatesEnabled({ isPackaged, env }: Pick<UpdaterDeps, 'isPackaged' | 'env'>): boolean {
  if (!isPackaged) return false;
  if (env['VITEST'] !== undefined || env['NODE_ENV'] === 'test') return false;
  return env['SCRUTINEER_UPDATES'] !== 'off';
}

/** Starts one check; resolves to whether it ran. A feed that cannot be reached is logged, never shown as an error. */
export async function checkForUpdates(deps: UpdaterDeps): Promise<boolean> {
  if (!updatesEnabled(deps)) return false;
  try {
    const updater = await deps.load();
    updater.on('error', (error) => deps.log(`Update check failed: ${error.message}`));
    await updater.checkForUpdatesAndNotify();
  } catch (error) {
    deps.log(`Update check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return true;
}
