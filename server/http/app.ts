// Builds the Fastify app: CORS for the app's origins, body and rate limits, JSON errors,
// structured logs, and the routes. The caller owns the database and listening.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from '../db/types';
import type { PushHooks } from '../sync/push';
import { DEFAULT_TOKEN_IDLE_DAYS } from '../auth/devices';
import { sha256 } from '../auth/secrets';
import { bearerToken, FailureLimiter, makeAuthHook } from './auth-hook';
import { installErrorHandling } from './errors';
import { registerAuthRoutes } from './routes/auth';
import { registerDeviceRoutes } from './routes/devices';
import { registerHealthRoutes } from './routes/health';
import { registerHistoryRoutes } from './routes/history';
import { registerSyncRoutes } from './routes/sync';

export interface AppOptions {
  db: Database;
  allowedOrigins: readonly string[];
  /** Requests per minute per device token (or per address without one). */
  rateLimitMax: number;
  /** Invitation exchanges per minute per address. */
  exchangeRateLimitMax: number;
  /** Failed authentications per minute per address (bad tokens only) and per failing token before 429. */
  authFailureMax?: number;
  /** Keys stored invitation-code hashes (INVITATION_SECRET). */
  invitationSecret: string;
  /** Device tokens idle longer than this get 401 (default 90). */
  tokenIdleDays?: number;
  /** Fastify's trustProxy: whose X-Forwarded-For to believe (TRUST_PROXY). */
  trustProxy?: boolean | number | string[];
  /** Time allowed to receive a whole request, and a connection's idle time (default 30 s). */
  requestTimeoutMs?: number;
  bodyLimit: number;
  logger: FastifyServerOptions['logger'];
  version: string;
  pushHooks?: PushHooks;
}

/** A hop count means: trust that many proxies nearest to us (what proxy-addr does with a number). */
const trustProxyOption = (value: boolean | number | string[]) =>
  typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
    // A client that trickles its request in (or opens a connection and sends nothing) is cut off.
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionTimeout: options.requestTimeoutMs ?? 30_000,
    // Behind a reverse proxy every client has the proxy's address unless its header is believed.
    trustProxy: trustProxyOption(options.trustProxy ?? false),
    // Route params are ids; anything longer is not ours.
    routerOptions: { maxParamLength: 200 },
  });
  app.decorateRequest('principal', null);
  installErrorHandling(app);

  const allowed = new Set(options.allowedOrigins);
  await app.register(cors, {
    // No Origin: not a browser (the Electron main process, curl); let it through.
    origin: (origin, cb) => cb(null, origin === undefined || allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });

  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitMax,
    timeWindow: 60_000,
    // Per device when a token is sent, so an office behind one NAT address is not one bucket.
    keyGenerator: (req) => {
      const token = bearerToken(req);
      return token ? `token:${sha256(token).slice(0, 32)}` : `ip:${req.ip}`;
    },
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: 'rate_limited',
      message: `Too many requests; try again in ${ctx.after}`,
    }),
  });

  const deps = {
    db: options.db,
    requireDevice: makeAuthHook(options.db, {
      failures: new FailureLimiter(options.authFailureMax ?? 30, 60_000),
      tokenIdleDays: options.tokenIdleDays ?? DEFAULT_TOKEN_IDLE_DAYS,
    }),
    invitationSecret: options.invitationSecret,
    version: options.version,
    exchangeRateLimitMax: options.exchangeRateLimitMax,
    ...(options.pushHooks ? { pushHooks: options.pushHooks } : {}),
  };
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerSyncRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerDeviceRoutes(app, deps);
  return app;
}
