// What route modules need from the app: the database and the authentication hook.
import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Database } from '../../db/types';
import type { PushHooks } from '../../sync/push';

export interface RouteDeps {
  db: Database;
  requireDevice: preHandlerAsyncHookHandler;
  version: string;
  exchangeRateLimitMax: number;
  invitationSecret: string;
  pushHooks?: PushHooks;
}
