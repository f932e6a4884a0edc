// One-time invitation codes: issued by an officer (CLI), exchanged once by the app for a
// device token.
import type { ExchangeResponse } from '../../shared/sync/protocol';
import type { Database } from '../db/types';
import { HttpError } from '../http/http-error';
import { newId } from '../sync/ids';
import { appendAudit, SERVER_WHO } from '../sync/entity-store';
import { invitationHash, newDeviceToken, newInvitationCode, normaliseInvitationCode, sha256 } from './secrets';
import { membershipsOf } from './memberships';

export const INVITATION_TTL_DAYS = 14;

/** @param secret the server's invitation secret (INVITATION_SECRET), which keys the stored hash */
export async function createInvitation(db: Database, secret: string, personId: string, ttlDays = INVITATION_TTL_DAYS): Promise<string> {
  const code = newInvitationCode();
  await db.transaction(async (tx) => {
    const id = newId();
    await tx.query(
      `INSERT INTO invitations (id, code_hash, hash_scheme, person_id, expires_at)
       VALUES ($1, $2, 'hmac-sha256', $3, now() + make_interval(days => $4))`,
      [id, invitationHash(secret, normaliseInvitationCode(code)), personId, ttlDays],
    );
    await appendAudit(tx, SERVER_WHO, {
      version: null,
      committeeId: null,
      entityType: 'person',
      entityId: personId,
      op: 'invite',
      before: null,
      after: { invitationId: id, expiresInDays: ttlDays },
    });
  });
  return code;
}

const invalidCode = () =>
  new HttpError(
    401,
    'invalid_code',
    'That invitation code is not valid, has expired or has been used; ask the scrutiny officer for a new one',
  );

export async function exchangeInvitation(db: Database, secret: string, code: string, deviceName: string): Promise<ExchangeResponse> {
  const normalised = normaliseInvitationCode(code);
  if (!/^[0-9A-Z]{12}$/.test(normalised)) throw invalidCode();
  const token = newDeviceToken();
  const deviceId = newId();
  return db.transaction(async (tx) => {
    // Consuming the code and creating the device in one statement pair of one transaction:
    // a code works once even if two devices race with it.
    const used = await tx.query<{ person_id: string }>(
      `UPDATE invitations SET used_at = now(), device_id = $2
       WHERE ((hash_scheme = 'hmac-sha256' AND code_hash = $1) OR (hash_scheme = 'sha256' AND code_hash = $3))
         AND used_at IS NULL AND expires_at > now()
       RETURNING person_id`,
      // Codes issued before keyed hashing (scheme sha256) work until they expire, at most 14 days.
      [invitationHash(secret, normalised), deviceId, sha256(normalised)],
    );
    const personId = used[0]?.person_id;
    if (!personId) throw invalidCode();
    await tx.query('INSERT INTO devices (id, person_id, name, token_hash) VALUES ($1, $2, $3, $4)', [
      deviceId,
      personId,
      deviceName,
      sha256(token),
    ]);
    const [person] = await tx.query<{ id: string; name: string }>('SELECT id, name FROM people WHERE id = $1', [personId]);
    await appendAudit(tx, { personId, deviceId, clientId: null, seq: null }, {
      version: null,
      committeeId: null,
      entityType: 'device',
      entityId: deviceId,
      op: 'pair',
      before: null,
      after: { name: deviceName },
    });
    return {
      token,
      device: { id: deviceId, name: deviceName },
      person: { id: person!.id, name: person!.name },
      memberships: await membershipsOf(tx, personId),
    };
  });
}
