// GET /devices and POST /devices/:id/revoke: officers (and owners) see and revoke devices.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../../shared/sync/model';
import { findDevice, mayRevoke, revokeDevice, visibleDevices } from '../../auth/devices';
import { principalOf } from '../auth-hook';
import { notFound, parseInput } from '../http-error';
import type { RouteDeps } from './deps';

const paramsSchema = z.object({ id: idSchema });

export function registerDeviceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/devices', { preHandler: deps.requireDevice }, async (request) => ({
    devices: await visibleDevices(deps.db, principalOf(request)),
  }));

  app.post('/devices/:id/revoke', { preHandler: deps.requireDevice }, async (request) => {
    const principal = principalOf(request);
    const { id } = parseInput(paramsSchema, request.params, 'path');
    const device = await findDevice(deps.db, id);
    // A device you may not revoke is reported as missing: its existence is not yours to know.
    if (!device || !(await mayRevoke(deps.db, principal, device))) throw notFound('No such device');
    const revoked = await revokeDevice(deps.db, id, { personId: principal.personId, deviceId: principal.deviceId, clientId: null, seq: null });
    request.log.info({ deviceId: id, by: principal.personId }, 'device revoked');
    return { device: revoked! };
  });
}
