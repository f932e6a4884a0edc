// Invitation codes and device tokens: generated with a CSPRNG, stored only as SHA-256.
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

// Crockford base32 without I, L, O, U: unambiguous when read aloud or typed from paper.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN_PREFIX = 'sct_';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/**
 * Invitation codes carry 60 bits, few enough to brute-force offline from a stolen database;
 * keyed with a secret kept outside the database (INVITATION_SECRET), the hashes are useless alone.
 */
export const invitationHash = (secret: string, normalisedCode: string): string =>
  createHmac('sha256', secret).update(normalisedCode).digest('hex');

/** A fresh secret for a PGlite data directory that has none yet. */
export const newServerSecret = (): string => randomBytes(32).toString('base64url');

/** 12 symbols (60 bits) as XXXX-XXXX-XXXX; one-time, short-lived and rate limited. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Forgives case, spaces, dashes and the usual misreadings (O→0, I/L→1). */
export function normaliseInvitationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const newDeviceToken = (): string => TOKEN_PREFIX + randomBytes(32).toString('base64url');

export const looksLikeDeviceToken = (token: string): boolean => /^sct_[A-Za-z0-9_-]{43}$/.test(token);
