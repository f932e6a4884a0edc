// The modal dialog that asks for a protected PDF's password.
import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from './ModalDialog';
import { usePasswordPrompt } from './passwordPrompt';
import { DialogActions } from './DialogActions';

function PasswordForm({ fileName, wrongBefore, titleId, onAnswer }: { fileName: string; wrongBefore: boolean; titleId: string; onAnswer(password: string | null): void }) {
  const [password, setPassword] = useState('');
  const fieldId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAnswer(password);
  };
  return (
    <form onSubmit={submit}>
      <h2 id={titleId}>Password needed</h2>
      <p>“{fileName}” is password-protected. Enter its password to open it.</p>
      {wrongBefore && (
        <p role="alert" className="field-error">
          That password is wrong for “{fileName}”. Check it and try again.
        </p>
      )}
      <label htmlFor={fieldId}>Password</label>
      <input id={fieldId} type="password" autoFocus autoComplete="off" value={password} onChange={(event) => setPassword(event.target.value)} />
      <DialogActions submit="Unlock" onCancel={() => onAnswer(null)} disabled={password.length === 0} />
    </form>
  );
}

export function PasswordDialog() {
  const pending = usePasswordPrompt((state) => state.pending);
  const answer = usePasswordPrompt((state) => state.answer);
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} open={pending !== null} onCancel={() => answer(null)}>
      {pending && <PasswordForm key={pending.id} fileName={pending.fileName} wrongBefore={pending.wrongBefore} titleId={titleId} onAnswer={answer} />}
    </ModalDialog>
  );
}
