// A plain warning where the device token cannot be kept encrypted: Linux without a keychain,
// where Electron's safeStorage falls back to "basic_text" (a key built into Electron).
import { useEffect, useState } from 'react';
import { platform, type SecretProtection } from '../platform';
import './syncNotices.css';

export function TokenProtectionWarning() {
  const [protection, setProtection] = useState<SecretProtection | null>(null);
  useEffect(() => {
    let live = true;
    platform
      .secretProtection()
      .then((p) => live && setProtection(p))
      // Not knowing is no reason to alarm anyone; the secrets calls report real failures.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (protection?.level !== 'weak') return null;
  return (
    <div className="warning-box" role="note" aria-labelledby="token-protection-heading">
      <h3 id="token-protection-heading">The device token is not encrypted on this computer</h3>
      <p>
        This computer has no keychain Scrutineer can use (its secure storage is “{protection.backend}”), so the token that lets this device reach
        the work programme is kept unencrypted in Scrutineer’s settings folder. Anyone who can read your files could copy it and use it.
      </p>
      <p>Ask your IT team to set up a keychain (GNOME Keyring or KWallet), then disconnect and connect again.</p>
    </div>
  );
}
