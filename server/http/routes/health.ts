// GET /health: liveness and database reachability, for monitors and the app's status light.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps';

export function registerHealthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/health', { config: { rateLimit: false } }, async (request, reply) => {
    try {
      await deps.db.query('SELECT 1');
    } catch (err) {
      request.log.error({ err }, 'health check: database unavailable');
      return reply.code(503).send({ error: 'unavailable', message: 'The database is not available' });
    }
    return { status: 'ok', database: deps.db.kind, version: deps.version };
  });
}
