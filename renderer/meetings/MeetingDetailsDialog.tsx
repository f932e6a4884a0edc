// The "Edit meeting details" form: committee, date, time and venue, for when detection
// got them wrong or found nothing.
import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import type { Meeting } from '../db/types';
import type { MeetingDetailsInput } from './meetingsData';
import { DialogActions } from '../common/DialogActions';

interface Props {
  meeting: Meeting | null;
  /** What the dialog is about, for its heading: the meeting or the unfiled document. */
  subject: string;
  onSave(details: MeetingDetailsInput): Promise<void>;
  onClose(): void;
}

export function MeetingDetailsDialog({ meeting, subject, onSave, onClose }: Props) {
  const titleId = useId();
  const [initial] = useState<MeetingDetailsInput>(() => ({
    committee: meeting?.committee ?? '',
    date: meeting?.date ?? '',
    time: meeting?.time ?? '',
    venue: meeting?.venue ?? '',
  }));
  const [details, setDetails] = useState<MeetingDetailsInput>(initial);
  const changed = (Object.keys(initial) as (keyof MeetingDetailsInput)[]).some((key) => details[key] !== initial[key]);
  const [error, setError] = useState<string | null>(null);

  const field = (name: keyof MeetingDetailsInput, label: string, type = 'text') => (
    <div className="form-field">
      <label htmlFor={`${titleId}-${name}`}>{label}</label>
      <input
        id={`${titleId}-${name}`}
        type={type}
        value={details[name]}
        onChange={(event) => setDetails({ ...details, [name]: event.target.value })}
      />
    </div>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!details.committee.trim()) return setError('Give the committee’s name.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(details.date)) return setError('Give the meeting’s date.');
    try {
      await onSave(details);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose} unsaved={changed ? 'edit' : undefined}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={titleId}>Meeting details</h2>
        <p className="hint">{subject}</p>
        {field('committee', 'Committee')}
        {field('date', 'Date', 'date')}
        {field('time', 'Time')}
        {field('venue', 'Venue')}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <DialogActions submit="Save" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
