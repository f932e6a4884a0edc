// The sync state in words (role status, so screen readers hear changes) and "Sync now",
// with any changes the sync had to set aside listed below it.
import { SetAsideNotice } from './SetAsideNotice';
import { describeStatus } from './syncService';
import { syncService, useSyncStatus } from './syncApp';

export function SyncStatusLine({ showButton = true }: { showButton?: boolean }) {
  const status = useSyncStatus((s) => s);
  const text = describeStatus(status);
  const connected = status.phase !== 'disconnected';
  return (
    <>
      <div className="sync-line">
        <span role="status" className={`sync-status sync-${status.phase}`} title={status.lastSyncedAt ? `Last synced ${new Date(status.lastSyncedAt).toLocaleString('en-GB')}` : undefined}>
          <span className="sync-dot" aria-hidden="true" />
          {text}
        </span>
        {showButton && (
          <button type="button" onClick={() => void syncService.syncNow()} disabled={!connected || status.phase === 'elsewhere'}>
            Sync now
          </button>
        )}
      </div>
      <SetAsideNotice />
    </>
  );
}
