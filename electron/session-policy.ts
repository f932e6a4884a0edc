// Denies every web permission the app does not use. Only 'persistent-storage' is granted, so
// the browser does not evict the councillor's IndexedDB (packs, notes, annotations) under pressure.
import type { Session } from 'electron';

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export function applySessionPolicy(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionAllowed(permission));
}
