// A modal yes-or-no question, driven by the confirm store.
import { useId } from 'react';
import { ModalDialog } from './ModalDialog';
import { useConfirm } from './confirm';

export function ConfirmDialog() {
  const pending = useConfirm((state) => state.pending);
  const answer = useConfirm((state) => state.answer);
  const titleId = useId();

  return (
    <ModalDialog labelledBy={titleId} open={pending !== null} onCancel={() => answer(false)}>
      {pending && (
        <>
          <h2 id={titleId}>{pending.title}</h2>
          <p>{pending.message}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => answer(false)}>
              {pending.no}
            </button>
            <button type="button" className="primary" autoFocus onClick={() => answer(true)}>
              {pending.yes}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
