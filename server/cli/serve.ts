// `npm run server`: opens the database (migrating it), listens, and shuts down cleanly on
// SIGINT/SIGTERM so PGlite flushes and the data directory lock is released.
import type { ServiceConfig } from '../config';
import { buildApp } from '../http/app';
import { openConfigured } from './context';

export async function serve(config: ServiceConfig, version: string): Promise<void> {
  const opened = await openConfigured(config);
  const app = await buildApp({
    db: opened.db,
    allowedOrigins: config.allowedOrigins,
    rateLimitMax: config.rateLimitMax,
    exchangeRateLimitMax: config.exchangeRateLimitMax,
    bodyLimit: config.bodyLimit,
    authFailureMax: config.authFailureMax,
    requestTimeoutMs: config.requestTimeoutMs,
    tokenIdleDays: config.tokenIdleDays,
    trustProxy: config.trustProxy,
    invitationSecret: opened.invitationSecret,
    version,
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    await opened.close();
    throw err;
  }
  app.log.info({ database: opened.describe, allowedOrigins: config.allowedOrigins, version }, 'scrutineer sync service ready');

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, 'shutting down');
      app
        .close()
        .then(() => opened.close())
        .catch((err: unknown) => app.log.error({ err }, 'error while shutting down'))
        .finally(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
