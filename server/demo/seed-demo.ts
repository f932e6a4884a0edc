// Loads the demo committee (work-programme-2017-18.ts) and issues an invitation to each of
// its people. Run again, it loads nothing new but issues fresh codes.
import { parseEntityFields, type EntityType, type Role } from '../../shared/sync/model';
import { createCommittee, createPerson, committeeExists, findPerson, setMembership } from '../admin/directory';
import { createInvitation } from '../auth/invitations';
import { takeWriteLock } from '../db/migrate';
import type { Database } from '../db/types';
import { writeServerEntity, type AuditWho } from '../sync/entity-store';
import {
  DEMO_COMMENTS,
  DEMO_COMMITTEE,
  DEMO_ITEMS,
  DEMO_LINKS,
  DEMO_MEETINGS,
  DEMO_PEOPLE,
  DEMO_RECOMMENDATIONS,
  DEMO_REVIEW,
  DEMO_SUGGESTIONS,
} from './work-programme-2017-18';

export interface DemoInvitation {
  role: Role;
  name: string;
  code: string;
}

export async function seedDemo(db: Database, invitationSecret: string): Promise<{ loaded: boolean; invitations: DemoInvitation[] }> {
  const loaded = !(await committeeExists(db, DEMO_COMMITTEE.id));
  if (loaded) {
    await createCommittee(db, DEMO_COMMITTEE);
    for (const p of DEMO_PEOPLE) {
      if (!(await findPerson(db, p.id))) await createPerson(db, p.name, p.id);
      await setMembership(db, p.id, DEMO_COMMITTEE.id, p.role);
    }
    await loadProgramme(db);
  }
  const invitations: DemoInvitation[] = [];
  for (const p of DEMO_PEOPLE) invitations.push({ role: p.role, name: p.name, code: await createInvitation(db, invitationSecret, p.id) });
  return { loaded, invitations };
}

async function loadProgramme(db: Database): Promise<void> {
  const officer = DEMO_PEOPLE.find((p) => p.role === 'officer')!;
  const asPerson = (personId: string): AuditWho => ({ personId, deviceId: null, clientId: 'seed-demo', seq: null });
  await db.transaction(async (tx) => {
    await takeWriteLock(tx);
    const put = (type: EntityType, { id, ...fields }: { id: string } & Record<string, unknown>, by = officer.id) =>
      writeServerEntity(
        tx,
        { type, id, committeeId: DEMO_COMMITTEE.id, data: parseEntityFields(type, fields), createdBy: by },
        asPerson(by),
      );
    for (const m of DEMO_MEETINGS) await put('meeting', m);
    for (const i of DEMO_ITEMS) await put('item', i);
    await put('review', DEMO_REVIEW);
    for (const r of DEMO_RECOMMENDATIONS) await put('recommendation', r);
    for (const l of DEMO_LINKS) await put('link', l);
    for (const { by, ...s } of DEMO_SUGGESTIONS) await put('suggestion', s, by);
    for (const { by, ...c } of DEMO_COMMENTS) await put('comment', c, by);
  });
}
