// "Restore from a backup": the chosen file and its passphrase, then what it holds, then the
// merge. A file that cannot be restored says why and changes nothing.
import { useId, useState, type FormEvent } from 'react';
import { DialogActions } from '../common/DialogActions';
import { ModalDialog } from '../common/ModalDialog';
import { useNotices } from '../common/notices';
import { describeContents, describeRestore } from './backupActions';
import { openBackup, type OpenedBackup } from './backupFile';
import { restoreBackup } from './restore';

const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

export function RestoreDialog({ file, onClose }: { file: File; onClose(): void }) {
  const id = useId();
  const notify = useNotices((state) => state.add);
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setOpened(await openBackup(new Uint8Array(await file.arrayBuffer()), file.name, passphrase));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!opened) return;
    setBusy(true);
    setError(null);
    try {
      const summary = await restoreBackup(opened);
      notify('info', `Restored “${file.name}”. ${describeRestore(summary)}`);
      onClose();
    } catch (failure) {
      setError(`Nothing was restored, and nothing on this device changed: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onCancel={onClose} className="backup-dialog">
      {!opened ? (
        <form onSubmit={(event) => void open(event)} noValidate>
          <h2 id={`${id}-title`}>Restore from a backup</h2>
          <p className="hint">“{file.name}”</p>
          <div className="form-field">
            <label htmlFor={`${id}-pass`}>Passphrase</label>
            <input id={`${id}-pass`} type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
          </div>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          {busy && (
            <p role="status" className="hint">
              Opening the backup…
            </p>
          )}
          <DialogActions submit="Open backup" onCancel={onClose} disabled={busy || passphrase === ''} />
        </form>
      ) : (
        <form onSubmit={(event) => void restore(event)}>
          <h2 id={`${id}-title`}>Restore from a backup</h2>
          <p>
            Made on {when(opened.contents.createdAt)}
            {opened.contents.includesExempt ? ', including exempt material' : ''}. It holds:
          </p>
          <ul aria-label="What the backup holds" className="backup-contents">
            {describeContents(opened.contents).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="hint">
            Restoring adds what this device does not have. Where both have the same item, the more recent edit stays and the other is kept as history:
            nothing here is lost or duplicated.
          </p>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <DialogActions submit="Restore" onCancel={onClose} disabled={busy} />
        </form>
      )}
    </ModalDialog>
  );
}
