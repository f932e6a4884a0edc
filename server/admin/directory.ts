// Committees, people and their memberships: the office's side of who may see what. Writes
// the matching committee and member entities so the app syncs them like everything else.
import type { Role } from '../../shared/sync/model';
import { parseEntityFields } from '../../shared/sync/model';
import { takeWriteLock } from '../db/migrate';
import type { Database, Queryable } from '../db/types';
import { deleteServerEntity, writeServerEntity } from '../sync/entity-store';
import { newId } from '../sync/ids';

export interface CommitteeInput {
  id?: string;
  name: string;
  council?: string;
  municipalYear?: string;
}

export async function createCommittee(db: Database, input: CommitteeInput): Promise<string> {
  const id = input.id ?? newId();
  const fields = parseEntityFields('committee', {
    name: input.name,
    council: input.council ?? '',
    municipalYear: input.municipalYear ?? '',
  });
  await db.transaction(async (tx) => {
    await takeWriteLock(tx);
    await tx.query('INSERT INTO committees (id) VALUES ($1)', [id]);
    await writeServerEntity(tx, { type: 'committee', id, committeeId: id, data: fields });
  });
  return id;
}

export async function committeeExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM committees WHERE id = $1', [id])).length > 0;
}

export async function listCommittees(db: Queryable): Promise<{ id: string; name: string }[]> {
  return db.query(
    `SELECT c.id, e.data->>'name' AS name FROM committees c
     JOIN entities e ON e.type = 'committee' AND e.id = c.id ORDER BY name`,
  );
}

export async function createPerson(db: Database, name: string, id: string = newId()): Promise<string> {
  await db.query('INSERT INTO people (id, name) VALUES ($1, $2)', [id, name]);
  return id;
}

export async function findPerson(db: Queryable, id: string): Promise<{ id: string; name: string } | undefined> {
  return (await db.query<{ id: string; name: string }>('SELECT id, name FROM people WHERE id = $1', [id]))[0];
}

/** Adds (or changes the role of) a person on a committee. */
export async function setMembership(db: Database, personId: string, committeeId: string, role: Role): Promise<void> {
  await db.transaction(async (tx) => {
    await takeWriteLock(tx);
    await tx.query(
      `INSERT INTO memberships (person_id, committee_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (person_id, committee_id) DO UPDATE SET role = EXCLUDED.role`,
      [personId, committeeId, role],
    );
    const [person] = await tx.query<{ name: string }>('SELECT name FROM people WHERE id = $1', [personId]);
    await writeServerEntity(tx, {
      type: 'member',
      id: `${personId}@${committeeId}`,
      committeeId,
      data: parseEntityFields('member', { personId, name: person!.name, role }),
    });
  });
}

/** Takes a person off a committee: from their next request they no longer see it. */
export async function removeMembership(db: Database, personId: string, committeeId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await takeWriteLock(tx);
    const removed = await tx.query('DELETE FROM memberships WHERE person_id = $1 AND committee_id = $2 RETURNING role', [
      personId,
      committeeId,
    ]);
    if (removed.length === 0) return false;
    await deleteServerEntity(tx, 'member', `${personId}@${committeeId}`);
    return true;
  });
}
