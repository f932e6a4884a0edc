// Bearer-token authentication for every route but /health and /auth/exchange, and a cap on
// failed attempts per address so tokens cannot be guessed at network speed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal';
import { authenticate } from '../auth/devices';
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

export function makeAuthHook(db: Database, failures: FailureLimiter) {
  return async function requireDevice(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    if (failures.blocked(request.ip)) {
      throw new HttpError(429, 'rate_limited', 'Too many failed sign-in attempts from this address; wait a minute');
    }
    const token = bearerToken(request);
    if (!token) throw unauthorized('Missing Authorization: Bearer <device token>');
    const principal = await authenticate(db, token);
    if (!principal) {
      failures.fail(request.ip);
      throw unauthorized();
    }
    request.principal = principal;
  };
}

/** The authenticated caller; routes using this run behind requireDevice. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}
