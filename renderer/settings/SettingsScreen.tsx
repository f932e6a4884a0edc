// Settings: connect this device to the scrutiny office's sync server with its address and an
// invitation code, see the connection, and disconnect; and the Backup section (renderer/backup).
import { useId, useState, type FormEvent } from 'react';
import { useNotices } from '../common/notices';
import { AppearanceSettings } from './AppearanceSettings';
import './settings.css';
import { platform } from '../platform';
import { BackupSettings } from '../backup/BackupSettings';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { connect, describeRevokeFailure, disconnect, useConnection, useSyncStatus } from '../sync/syncApp';
import { TokenProtectionWarning } from '../sync/TokenProtectionWarning';

const ROLE_LABELS: Record<string, string> = { member: 'Member', chair: 'Chair', officer: 'Scrutiny officer' };

function defaultDeviceName(): string {
  const ua = navigator.userAgent;
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : 'computer';
  return platform.kind === 'electron' ? `Scrutineer on ${os}` : `Browser on ${os}`;
}

function ConnectForm({ initialAddress = '' }: { initialAddress?: string }) {
  const id = useId();
  const [address, setAddress] = useState(initialAddress);
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState(defaultDeviceName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await connect({ address, code, deviceName });
      setCode('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`}>
        The scrutiny office gives each councillor an invitation code for each device. Connecting brings your committee’s work programme onto this
        device; you can then use it offline, and your changes reach the office when you are back online.
      </p>
      <div className="form-field">
        <label htmlFor={`${id}-address`}>Server address</label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoComplete="url"
          placeholder="https://scrutiny.example.gov.uk"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-code`}>Invitation code</label>
        <input
          id={`${id}-code`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="K7QW-3MZP-9RTA"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-device`}>Name of this device</label>
        <input id={`${id}-device`} type="text" value={deviceName} maxLength={200} onChange={(event) => setDeviceName(event.target.value)} />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Connecting…' : 'Connect'}
      </button>
    </form>
  );
}

export function SettingsScreen() {
  const connection = useConnection();
  const notify = useNotices((s) => s.add);
  const revoked = useSyncStatus((s) => s.phase === 'revoked');
  const [busy, setBusy] = useState(false);

  const leave = async () => {
    setBusy(true);
    try {
      const result = await disconnect();
      if (result.done && result.revokeError !== null && connection) {
        notify('error', describeRevokeFailure(connection.device.name, result.revokeError));
      }
    } catch (error) {
      notify('error', `Could not disconnect: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <AppearanceSettings />
      <section className="settings-section" aria-labelledby="settings-server-heading">
        <h2 id="settings-server-heading">Work programme server</h2>
        <TokenProtectionWarning />
        {connection === undefined ? (
          <p className="hint">Loading…</p>
        ) : connection === null ? (
          <ConnectForm />
        ) : (
          <>
            <dl className="settings-facts">
              <dt>Server</dt>
              <dd>{connection.baseUrl}</dd>
              <dt>Connected as</dt>
              <dd>{connection.person.name}</dd>
              <dt>This device</dt>
              <dd>{connection.device.name}</dd>
              <dt>Committees</dt>
              <dd>
                {connection.memberships.map((m) => (
                  <div key={m.committeeId}>
                    {m.committeeName} ({ROLE_LABELS[m.role] ?? m.role})
                  </div>
                ))}
              </dd>
              <dt>Connected since</dt>
              <dd>{new Date(connection.connectedAt).toLocaleString('en-GB')}</dd>
            </dl>
            <SyncStatusLine />
            {revoked && (
              <>
                <h3>Connect again</h3>
                <ConnectForm initialAddress={connection.baseUrl} />
              </>
            )}
            <p className="hint">
              Disconnecting removes the work programme from this device and tells the server to stop accepting this device. You can connect again
              with a new invitation code.
            </p>
            <button type="button" className="danger" disabled={busy} onClick={() => void leave()}>
              Disconnect
            </button>
          </>
        )}
      </section>
      <BackupSettings />
    </main>
  );
}
