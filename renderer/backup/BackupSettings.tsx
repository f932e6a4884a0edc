// The Backup section of Settings: when the last backup was made, how often to be reminded,
// "Back up my work" and "Restore from a backup".
import { useId } from 'react';
import { useBackupDialogs } from './backupDialogs';
import { setRemindAfterDays, useBackupState } from './reminder';

const INTERVALS = [
  { days: 7, label: 'Every week' },
  { days: 14, label: 'Every two weeks' },
  { days: 30, label: 'Every month' },
  { days: 0, label: 'Never' },
];

export function BackupSettings() {
  const id = useId();
  const state = useBackupState();
  const { showBackup, chooseRestore } = useBackupDialogs();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Backup</h2>
      <p>
        {state?.lastAt
          ? `Last backup: ${new Date(state.lastAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.`
          : 'No backup has been made on this device yet.'}
      </p>
      <div className="form-field">
        <label htmlFor={`${id}-remind`}>Remind me to back up</label>
        <select id={`${id}-remind`} value={state?.remindAfterDays ?? 14} onChange={(event) => void setRemindAfterDays(Number(event.target.value))}>
          {INTERVALS.map((interval) => (
            <option key={interval.days} value={interval.days}>
              {interval.label}
            </option>
          ))}
        </select>
      </div>
      <div className="backup-actions">
        <button type="button" className="primary" onClick={showBackup}>
          Back up my work
        </button>
        <button type="button" onClick={() => void chooseRestore()}>
          Restore from a backup
        </button>
      </div>
    </section>
  );
}
