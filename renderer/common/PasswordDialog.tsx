// The modal dialog that asks for a protected PDF's password.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { usePasswordPrompt } from './passwordPrompt';

export function PasswordDialog() {
  const pending = usePasswordPrompt((state) => state.pending);
  const answer = usePasswordPrompt((state) => state.answer);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const titleId = useId();
  const fieldId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal();
    if (!pending && dialog.open) dialog.close();
    setPassword('');
  }, [pending]);

  if (!pending) return <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer(password);
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        answer(null);
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>Password needed</h2>
        <p>“{pending.fileName}” is password-protected. Enter its password to open it.</p>
        {pending.wrongBefore && (
          <p role="alert" className="field-error">
            That password is wrong for “{pending.fileName}”. Check it and try again.
          </p>
        )}
        <label htmlFor={fieldId}>Password</label>
        <input
          id={fieldId}
          type="password"
          autoFocus
          autoComplete="off"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => answer(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={password.length === 0}>
            Unlock
          </button>
        </div>
      </form>
    </dialog>
  );
}
