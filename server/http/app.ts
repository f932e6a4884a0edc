// Builds the Fastify app: CORS for the app's origins, body and rate limits, JSON errors,
// structured logs, and the routes. The caller owns the database and listening.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from '../db/types';
import type { PushHooks } from '../sync/push';
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
  /** Failed authentications per minute per address before answering 429. */
  authFailureMax?: number;
  bodyLimit: number;
  logger: FastifyServerOptions['logger'];
  version: string;
  pushHooks?: PushHooks;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
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
    requireDevice: makeAuthHook(options.db, new FailureLimiter(options.authFailureMax ?? 30, 60_000)),
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
