// "Back up my work": a passphrase (twice), whether to include the PDFs and exempt material,
// then one encrypted file saved where the user chooses.
import { useId, useState, type FormEvent } from 'react';
import { DialogActions } from '../common/DialogActions';
import { ModalDialog } from '../common/ModalDialog';
import { useNotices } from '../common/notices';
import { formatBytes } from '../library/format';
import { saveBackup } from './backupActions';

export const MIN_PASSPHRASE = 10;

export function BackupDialog({ onClose }: { onClose(): void }) {
  const id = useId();
  const notify = useNotices((state) => state.add);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [includeFiles, setIncludeFiles] = useState(false);
  const [includeExempt, setIncludeExempt] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE) return setError(`The passphrase needs at least ${MIN_PASSPHRASE} characters: a few words you will remember are best.`);
    if (passphrase !== repeat) return setError('The two passphrases are not the same.');
    setError(null);
    setBusy(true);
    try {
      const result = await saveBackup({ passphrase, includeFiles, includeExempt });
      if (!result.saved) return setError('The backup was not saved.');
      notify('info', `Backup saved (${formatBytes(result.bytes)}): ${result.contents.join(', ')}. Keep the passphrase safe: without it the backup cannot be opened.`);
      onClose();
    } catch (failure) {
      setError(`The backup could not be made: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onCancel={onClose} className="backup-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>Back up my work</h2>
        <p className="hint">
          One file with your annotations, notes, questions, question lists, inquiries, meeting corrections, colour meanings and settings, encrypted with a
          passphrase you choose. Nobody can open it without the passphrase, and nor can we.
        </p>
        <div className="form-field">
          <label htmlFor={`${id}-pass`}>Passphrase</label>
          <input id={`${id}-pass`} type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} aria-describedby={`${id}-pass-hint`} />
          <p id={`${id}-pass-hint`} className="hint small">
            At least {MIN_PASSPHRASE} characters. It cannot be recovered if forgotten.
          </p>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-repeat`}>Repeat the passphrase</label>
          <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />
        </div>
        <label className="check">
          <input type="checkbox" checked={includeFiles} onChange={(event) => setIncludeFiles(event.target.checked)} />
          Include the PDFs themselves (a much larger file)
        </label>
        <label className="check">
          <input type="checkbox" checked={includeExempt} onChange={(event) => setIncludeExempt(event.target.checked)} />
          Include exempt material (Part 2 items and documents marked exempt)
        </label>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        {busy && (
          <p role="status" className="hint">
            Encrypting your backup…
          </p>
        )}
        <DialogActions submit="Save backup" onCancel={onClose} disabled={busy} />
      </form>
    </ModalDialog>
  );
}
