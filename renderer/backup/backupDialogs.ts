// Which backup dialog is open: Settings and the reminder open them, the app shell shows them.
import { create } from 'zustand';
import { platform } from '../platform';

interface BackupDialogState {
  backingUp: boolean;
  /** The backup file being restored. */
  restoring: File | null;
  showBackup(): void;
  close(): void;
  /** Asks for a backup file, then shows what it holds. */
  chooseRestore(): Promise<void>;
}

export const useBackupDialogs = create<BackupDialogState>()((set) => ({
  backingUp: false,
  restoring: null,
  showBackup: () => set({ backingUp: true, restoring: null }),
  close: () => set({ backingUp: false, restoring: null }),
  chooseRestore: async () => {
    const file = await platform.pickBackupFile();
    if (file) set({ backingUp: false, restoring: file });
  },
}));
