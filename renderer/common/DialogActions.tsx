// The foot of a dialog's form: Cancel, then the action that submits it. One layout, so every
// dialog puts its buttons in the same order and Enter always does the named action.
import type { ReactNode } from 'react';

interface Props {
  /** The submit button's name ("Save", "Propose item"). */
  submit: string;
  onCancel(): void;
  cancel?: string;
  disabled?: boolean;
  /** Further buttons, between Cancel and the submit button. */
  children?: ReactNode;
}

export function DialogActions({ submit, onCancel, cancel = 'Cancel', disabled, children }: Props) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
      {children}
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
    </div>
  );
}
