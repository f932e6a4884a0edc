// POST /auth/exchange (invitation code → device token) and GET /me.
import type { FastifyInstance } from 'fastify';
import { exchangeRequestSchema, type ExchangeResponse, type MeResponse } from '../../../shared/sync/protocol';
import { exchangeInvitation } from '../../auth/invitations';
import { principalOf } from '../auth-hook';
import { parseInput } from '../http-error';
import type { RouteDeps } from './deps';

export function registerAuthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post(
    '/auth/exchange',
    // Codes are guessable only by brute force: few attempts per address.
    { config: { rateLimit: { max: deps.exchangeRateLimitMax, timeWindow: 60_000, keyGenerator: (req) => `exchange:${req.ip}` } } },
    async (request): Promise<ExchangeResponse> => {
      const body = parseInput(exchangeRequestSchema, request.body, 'exchange request');
      const result = await exchangeInvitation(deps.db, deps.invitationSecret, body.code, body.deviceName);
      request.log.info({ personId: result.person.id, deviceId: result.device.id }, 'device paired');
      return result;
    },
  );

  app.get('/me', { preHandler: deps.requireDevice }, (request): Promise<MeResponse> => {
    const p = principalOf(request);
    return Promise.resolve({
      person: { id: p.personId, name: p.personName },
      device: { id: p.deviceId, name: p.deviceName },
      memberships: [...p.roles].map(([committeeId, role]) => ({
        committeeId,
        committeeName: p.committeeNames.get(committeeId) ?? '',
        role,
      })),
    });
  });
}
