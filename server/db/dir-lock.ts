// An exclusive lock on a PGlite data directory: PGlite is single-process, so a CLI command
// must not open the directory while the server has it open (or vice versa).
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirBusyError extends Error {}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export interface DirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DirLock {
  const path = join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        release() {
          try {
            if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new DataDirBusyError(
          `The data directory ${dataDir} is in use by process ${holder} (is the server running?). Stop it first, or use DATABASE_URL.`,
        );
      }
      unlinkSync(path); // left behind by a process that died
    }
  }
  throw new DataDirBusyError(`Could not lock ${dataDir}`);
}
