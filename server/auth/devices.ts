// Device tokens: looking up the caller on every request (so a revoke takes effect at
// once), listing devices and revoking them.
import type { Device } from '../../shared/sync/protocol';
import type { Database, Queryable } from '../db/types';
import { appendAudit, type AuditWho } from '../sync/entity-store';
import type { Membership } from './memberships';
import type { Principal } from './principal';
import { looksLikeDeviceToken, sha256 } from './secrets';

/** last_seen_at is a hint for officers, not worth a write on every request. */
const SEEN_RESOLUTION_MS = 5 * 60_000;

interface PrincipalRecord {
  device_id: string;
  device_name: string;
  last_seen_at: Date | null;
  person_id: string;
  person_name: string;
  memberships: Membership[];
}

/** A device unused this long must pair again (TOKEN_IDLE_DAYS). */
export const DEFAULT_TOKEN_IDLE_DAYS = 90;

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; reason: 'unknown' | 'expired' };

export async function authenticate(db: Database, token: string, idleDays = DEFAULT_TOKEN_IDLE_DAYS): Promise<Principal | null> {
  const check = await checkToken(db, token, idleDays);
  return check.ok ? check.principal : null;
}

/**
 * Looks the token up; one idle longer than idleDays no longer works, and every use renews it
 * (last_seen_at, written at most every few minutes, is where idle time counts from).
 */
export async function checkToken(db: Database, token: string, idleDays = DEFAULT_TOKEN_IDLE_DAYS): Promise<TokenCheck> {
  if (!looksLikeDeviceToken(token)) return { ok: false, reason: 'unknown' };
  const rows = await db.query<PrincipalRecord & { expired: boolean }>(
    `SELECT d.id AS device_id, d.name AS device_name, d.last_seen_at, p.id AS person_id, p.name AS person_name,
       COALESCE(d.last_seen_at, d.created_at) < now() - make_interval(days => $2) AS expired,
       COALESCE((SELECT json_agg(json_build_object('committeeId', m.committee_id, 'committeeName', e.data->>'name', 'role', m.role))
                 FROM memberships m JOIN entities e ON e.type = 'committee' AND e.id = m.committee_id
                 WHERE m.person_id = p.id), '[]'::json) AS memberships
     FROM devices d JOIN people p ON p.id = d.person_id
     WHERE d.token_hash = $1 AND d.revoked_at IS NULL`,
    [sha256(token), idleDays],
  );
  const row = rows[0];
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.expired) return { ok: false, reason: 'expired' };
  if (!row.last_seen_at || Date.now() - new Date(row.last_seen_at).getTime() > SEEN_RESOLUTION_MS) {
    await db.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [row.device_id]);
  }
  return {
    ok: true,
    principal: {
      personId: row.person_id,
      personName: row.person_name,
      deviceId: row.device_id,
      deviceName: row.device_name,
      roles: new Map(row.memberships.map((m) => [m.committeeId, m.role])),
      committeeNames: new Map(row.memberships.map((m) => [m.committeeId, m.committeeName])),
    },
  };
}

interface DeviceRecord {
  id: string;
  name: string;
  person_id: string;
  person_name: string;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
}

const DEVICE_SELECT = `SELECT d.id, d.name, d.person_id, p.name AS person_name, d.created_at, d.last_seen_at, d.revoked_at
  FROM devices d JOIN people p ON p.id = d.person_id`;

const isoOrNull = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const toDevice = (r: DeviceRecord): Device => ({
  id: r.id,
  name: r.name,
  personId: r.person_id,
  personName: r.person_name,
  createdAt: new Date(r.created_at).toISOString(),
  lastSeenAt: isoOrNull(r.last_seen_at),
  revokedAt: isoOrNull(r.revoked_at),
});

/** The caller's own devices and those of everyone on a committee where the caller is an officer. */
export async function visibleDevices(db: Queryable, principal: Principal): Promise<Device[]> {
  const officerOf = [...principal.roles].filter(([, role]) => role === 'officer').map(([id]) => id);
  const rows = await db.query<DeviceRecord>(
    `${DEVICE_SELECT}
     WHERE d.person_id = $1
        OR d.person_id IN (SELECT person_id FROM memberships WHERE committee_id = ANY($2::text[]))
     ORDER BY p.name, d.created_at`,
    [principal.personId, officerOf],
  );
  return rows.map(toDevice);
}

export async function findDevice(db: Queryable, deviceId: string): Promise<Device | undefined> {
  const rows = await db.query<DeviceRecord>(`${DEVICE_SELECT} WHERE d.id = $1`, [deviceId]);
  return rows[0] && toDevice(rows[0]);
}

/** Revokes a device (idempotent). Returns undefined if there is no such device. */
export async function revokeDevice(db: Database, deviceId: string, who: AuditWho): Promise<Device | undefined> {
  return db.transaction(async (tx) => {
    const changed = await tx.query('UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [deviceId]);
    if (changed.length > 0) {
      await appendAudit(tx, who, {
        version: null,
        committeeId: null,
        entityType: 'device',
        entityId: deviceId,
        op: 'revoke',
        before: { revoked: false },
        after: { revoked: true },
      });
    }
    return findDevice(tx, deviceId);
  });
}

/** Whether the caller may revoke this device: their own, or as officer of a committee of its owner. */
export async function mayRevoke(db: Queryable, principal: Principal, device: Device): Promise<boolean> {
  if (device.personId === principal.personId) return true;
  const officerOf = [...principal.roles].filter(([, role]) => role === 'officer').map(([id]) => id);
  if (officerOf.length === 0) return false;
  const rows = await db.query('SELECT 1 FROM memberships WHERE person_id = $1 AND committee_id = ANY($2::text[])', [
    device.personId,
    officerOf,
  ]);
  return rows.length > 0;
}
