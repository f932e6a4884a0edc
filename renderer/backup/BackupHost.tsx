// The backup feature in the app shell: the reminder when a backup is due, and whichever
// backup dialog is open (Settings and the reminder open them).
import './backup.css';
import { useEffect, useState } from 'react';
import { BackupDialog } from './BackupDialog';
import { useBackupDialogs } from './backupDialogs';
import { daysSince, isBackupDue, noteFirstUse, snoozeReminder, useBackupState } from './reminder';
import { RestoreDialog } from './RestoreDialog';

function BackupReminder() {
  const state = useBackupState();
  const showBackup = useBackupDialogs((s) => s.showBackup);
  const [now] = useState(() => Date.now());
  useEffect(() => void noteFirstUse(), []);
  if (!state || !isBackupDue(state, now)) return null;
  const text =
    state.lastAt === null
      ? 'You have not backed up your work on this device yet.'
      : `Your last backup was ${daysSince(state.lastAt, now)} days ago.`;
  return (
    <section className="backup-reminder" aria-label="Backup reminder">
      <p>
        {text} A backup keeps your annotations, notes and questions safe if this device is lost.
      </p>
      <div className="backup-reminder-actions">
        <button type="button" className="primary" onClick={showBackup}>
          Back up now
        </button>
        <button type="button" onClick={() => void snoozeReminder()}>
          Not now
        </button>
      </div>
    </section>
  );
}

export function BackupHost() {
  const { backingUp, restoring, close } = useBackupDialogs();
  return (
    <>
      <BackupReminder />
      {backingUp && <BackupDialog onClose={close} />}
      {restoring && <RestoreDialog key={`${restoring.name}-${restoring.lastModified}`} file={restoring} onClose={close} />}
    </>
  );
}
