// The service's settings from the environment, validated once at start with clear messages.
import { z } from 'zod';

export const DEFAULT_ALLOWED_ORIGINS = ['app://scrutineer', 'http://127.0.0.1:4173', 'http://localhost:4173'];

const intFrom = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intFrom('PORT', 8787, 0, 65535),
  DATA_DIR: z.string().min(1).default('.tmp/server-data'),
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a URL such as postgres://user@host:5432/db' }).optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_SCHEMA must be a lower-case SQL identifier')
    .optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_MAX: intFrom('RATE_LIMIT_MAX', 600, 1, 1_000_000),
  EXCHANGE_RATE_LIMIT_MAX: intFrom('EXCHANGE_RATE_LIMIT_MAX', 10, 1, 1_000_000),
  BODY_LIMIT: intFrom('BODY_LIMIT', 1024 * 1024, 1024, 64 * 1024 * 1024),
  AUTH_FAILURE_MAX: intFrom('AUTH_FAILURE_MAX', 30, 1, 1_000_000),
  REQUEST_TIMEOUT_MS: intFrom('REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
  TOKEN_IDLE_DAYS: intFrom('TOKEN_IDLE_DAYS', 90, 1, 3650),
  TRUST_PROXY: z.string().optional(),
  INVITATION_SECRET: z.string().min(32, 'INVITATION_SECRET must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
});

/** Fastify's trustProxy: off, on (any proxy), a hop count, or the proxies' addresses / CIDRs. */
export type TrustProxy = boolean | number | string[];

function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((a) => a.trim()).filter(Boolean);
}

export interface ServiceConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  allowedOrigins: string[];
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  rateLimitMax: number;
  exchangeRateLimitMax: number;
  bodyLimit: number;
  /** Failed sign-ins per minute per address (for bad tokens only) and per failing token. */
  authFailureMax: number;
  /** Longest a client may take to send a whole request, and a connection may idle. */
  requestTimeoutMs: number;
  /** A device token unused this long stops working (401); each use renews it. */
  tokenIdleDays: number;
  /** Honour X-Forwarded-For from these proxies (TRUST_PROXY). */
  trustProxy: TrustProxy;
  /** Keys the stored invitation-code hashes; PGlite makes one in DATA_DIR when unset. */
  invitationSecret: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): ServiceConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  if (e.DATABASE_URL && !e.INVITATION_SECRET) {
    throw new ConfigError('INVITATION_SECRET: required with DATABASE_URL (at least 32 characters, e.g. openssl rand -base64 32)');
  }
  const origins = e.ALLOWED_ORIGINS
    ? e.ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
    : DEFAULT_ALLOWED_ORIGINS;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    allowedOrigins: origins,
    logLevel: e.LOG_LEVEL,
    rateLimitMax: e.RATE_LIMIT_MAX,
    exchangeRateLimitMax: e.EXCHANGE_RATE_LIMIT_MAX,
    bodyLimit: e.BODY_LIMIT,
    authFailureMax: e.AUTH_FAILURE_MAX,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    tokenIdleDays: e.TOKEN_IDLE_DAYS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    invitationSecret: e.INVITATION_SECRET,
  };
}
