// Changes the sync set aside because the server can never accept them: listed beside the
// sync status, each with a way out (send it again cleaned, or discard it), so nothing is
// lost without the user deciding.
import { useState } from 'react';
import { describeSetAsideChange, describeSetAsideReason, setAsideSummary } from './setAsideText';
import { syncService, useSyncStatus } from './syncApp';
import './syncNotices.css';

export function SetAsideNotice() {
  const changes = useSyncStatus((s) => s.setAside);
  const [error, setError] = useState<string | null>(null);
  if (changes.length === 0) return null;
  const act = (run: () => Promise<void>) => {
    setError(null);
    run().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section className="set-aside" aria-labelledby="set-aside-heading">
      <h3 id="set-aside-heading">Changes not sent</h3>
      <p>{setAsideSummary(changes)}</p>
      <ul>
        {changes.map((change, index) => (
          <li key={`${change.at}-${change.mutation.seq}`}>
            <strong>{describeSetAsideChange(change)}</strong>
            <span className="set-aside-reason">{describeSetAsideReason(change)}</span>
            <span className="set-aside-actions">
              <button type="button" onClick={() => act(() => syncService.resendSetAside(index))}>
                Send without the invalid characters
              </button>
              <button type="button" onClick={() => act(() => syncService.discardSetAside(index))}>
                Discard this change
              </button>
            </span>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
