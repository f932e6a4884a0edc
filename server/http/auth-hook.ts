// Bearer-token authentication for every route but /health and /auth/exchange, and a cap on
// failed attempts so tokens cannot be guessed at network speed. The cap counts failures per
// address and per failing token, and applies only to requests whose token fails: a valid
// device is never locked out because others behind the same address (one office NAT, one
// reverse proxy) sent bad tokens.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal';
import { checkToken } from '../auth/devices';
import { sha256 } from '../auth/secrets';
import type { Database } from '../db/types';
import { HttpError, unauthorized } from './http-error';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Counts failures per key in fixed windows; memory bounded by clearing when it grows large. */
export class FailureLimiter {
  private readonly counts = new Map<string, { count: number; resetAt: number }>();
  private readonly max: number;
  private readonly windowMs: number;
  constructor(max: number, windowMs: number) {
    this.max = max;
    this.windowMs = windowMs;
  }
  blocked(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    return entry !== undefined && entry.resetAt > now && entry.count >= this.max;
  }
  fail(key: string, now = Date.now()): void {
    if (this.counts.size > 10_000) this.counts.clear();
    const entry = this.counts.get(key);
    if (!entry || entry.resetAt <= now) this.counts.set(key, { count: 1, resetAt: now + this.windowMs });
    else entry.count++;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

export interface AuthHookOptions {
  failures: FailureLimiter;
  /** A token unused this many days gets 401 "connect again". */
  tokenIdleDays: number;
}

export function makeAuthHook(db: Database, { failures, tokenIdleDays }: AuthHookOptions) {
  return async function requireDevice(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const token = bearerToken(request);
    const keys = [`ip:${request.ip}`, ...(token ? [`cred:${sha256(token).slice(0, 32)}`] : [])];
    if (!token) {
      if (keys.some((k) => failures.blocked(k))) throw tooMany();
      failures.fail(keys[0]!);
      throw unauthorized('Missing Authorization: Bearer <device token>');
    }
    const check = await checkToken(db, token, tokenIdleDays);
    if (check.ok) {
      request.principal = check.principal;
      return;
    }
    // A blocked address or credential gets 429 only for failing tokens; the lookup above is
    // one indexed read, and the general rate limit still bounds how many a client may make.
    if (keys.some((k) => failures.blocked(k))) throw tooMany();
    // An expired token is a real credential grown stale, not a guess: it costs no attempts.
    if (check.reason === 'expired') {
      throw unauthorized(`This device has not been used for over ${tokenIdleDays} days; connect it again with a new invitation code`);
    }
    for (const k of keys) failures.fail(k);
    throw unauthorized();
  };
}

const tooMany = () => new HttpError(429, 'rate_limited', 'Too many failed sign-in attempts; wait a minute');

/** The authenticated caller; routes using this run behind requireDevice. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}
