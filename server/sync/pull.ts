// POST /sync/pull: the rows of the caller's committees changed after the cursor, in version
// order, with the client's last processed seq read in the same snapshot (docs/sync.md).
import { DEFAULT_PULL_LIMIT, type PullRequest, type PullResponse } from '../../shared/sync/protocol';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/types';
import { forbidden } from '../http/http-error';
import { decodeCursor, encodeCursor, scopeOf } from './cursor';
import { ENTITY_COLUMNS, toSyncRow, type EntityRecord } from './entity-store';

export async function pull(db: Database, principal: Principal, request: PullRequest): Promise<PullResponse> {
  const committees = [...principal.roles.keys()];
  const scope = scopeOf(committees);
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  return db.transaction(
    async (tx) => {
      const clients = await tx.query<{ person_id: string; last_seq: number }>(
        'SELECT person_id, last_seq FROM sync_clients WHERE client_id = $1',
        [request.clientId],
      );
      const client = clients[0];
      if (client && client.person_id !== principal.personId) {
        throw forbidden('This client id belongs to another person; start a new local store');
      }
      const [{ last: newest }] = (await tx.query<{ last: number }>(
        'SELECT last_value AS last FROM sync_version',
      )) as [{ last: number }];
      const cursor = decodeCursor(request.cursor);
      // Unreadable, another set of committees, or from the future (a restored database): start over.
      const reset = !cursor || cursor.scope !== scope || cursor.version > newest;
      const after = reset ? 0 : cursor.version;
      const rows =
        committees.length === 0
          ? []
          : await tx.query<EntityRecord>(
              `SELECT ${ENTITY_COLUMNS} FROM entities
               WHERE committee_id = ANY($1::text[]) AND version > $2
               ORDER BY version LIMIT $3`,
              [committees, after, limit + 1],
            );
      const more = rows.length > limit;
      const page = more ? rows.slice(0, limit) : rows;
      const version = page.length ? page[page.length - 1]!.version : after;
      return {
        cursor: encodeCursor({ version, scope }),
        reset,
        more,
        lastSeq: client?.last_seq ?? 0,
        changes: page.map(toSyncRow),
      };
    },
    { isolation: 'repeatable read' },
  );
}
