// GET /history/:type/:id: an entity's audit trail, for members of its committee.
import type { FastifyInstance } from 'fastify';
import { historyParamsSchema } from '../../../shared/sync/protocol';
import { historyOf } from '../../sync/history';
import { principalOf } from '../auth-hook';
import { notFound, parseInput } from '../http-error';
import type { RouteDeps } from './deps';

export function registerHistoryRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/history/:type/:id', { preHandler: deps.requireDevice }, async (request) => {
    const { type, id } = parseInput(historyParamsSchema, request.params, 'path');
    const entries = await historyOf(deps.db, principalOf(request), type, id);
    if (!entries) throw notFound(`No ${type} ${id} on your committees`);
    return { entries };
  });
}
