// POST /sync/push and POST /sync/pull (docs/sync.md).
import type { FastifyInstance } from 'fastify';
import { pullRequestSchema, pushRequestSchema, type PullResponse, type PushResponse } from '../../../shared/sync/protocol';
import { pull } from '../../sync/pull';
import { push } from '../../sync/push';
import { principalOf } from '../auth-hook';
import { parseInput } from '../http-error';
import type { RouteDeps } from './deps';

export function registerSyncRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/sync/push', { preHandler: deps.requireDevice }, async (request): Promise<PushResponse> => {
    const principal = principalOf(request);
    const body = parseInput(pushRequestSchema, request.body, 'push request');
    const response = await push(deps.db, principal, body, deps.pushHooks);
    request.log.info(
      {
        personId: principal.personId,
        deviceId: principal.deviceId,
        clientId: body.clientId,
        received: body.mutations.length,
        processed: response.results.filter((r) => !r.duplicate).length,
        rejected: response.results.filter((r) => r.status === 'rejected' && !r.duplicate).length,
        conflicts: response.results.reduce((n, r) => n + (r.duplicate ? 0 : (r.conflicts ?? 0)), 0),
        lastSeq: response.lastSeq,
      },
      'push',
    );
    return response;
  });

  app.post('/sync/pull', { preHandler: deps.requireDevice }, async (request): Promise<PullResponse> => {
    const principal = principalOf(request);
    const body = parseInput(pullRequestSchema, request.body, 'pull request');
    const response = await pull(deps.db, principal, body);
    request.log.debug({ clientId: body.clientId, changes: response.changes.length, reset: response.reset, more: response.more }, 'pull');
    return response;
  });
}
