// A person's committees and roles, as the app and the access checks see them.
import type { Role } from '../../shared/sync/model';
import type { Queryable } from '../db/types';

export interface Membership {
  committeeId: string;
  committeeName: string;
  role: Role;
}

export async function membershipsOf(tx: Queryable, personId: string): Promise<Membership[]> {
  return tx.query<Membership>(
    `SELECT m.committee_id AS "committeeId", e.data->>'name' AS "committeeName", m.role
     FROM memberships m JOIN entities e ON e.type = 'committee' AND e.id = m.committee_id
     WHERE m.person_id = $1 ORDER BY 2, 1`,
    [personId],
  );
}
