// The officer's admin commands: committees, invitations, devices, demo data.
import { ROLES, type Role } from '../../shared/sync/model';
import { createCommittee, createPerson, committeeExists, findPerson, listCommittees, removeMembership, setMembership } from '../admin/directory';
import { revokeDevice } from '../auth/devices';
import { createInvitation, INVITATION_TTL_DAYS } from '../auth/invitations';
import { membershipsOf } from '../auth/memberships';
import type { Database } from '../db/types';
import { seedDemo } from '../demo/seed-demo';
import { SERVER_WHO } from '../sync/entity-store';
import { optionalFlag, parseFlags, requireFlag, UsageError } from './args';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const inviteLine = (role: string, name: string, code: string) => `INVITE ${role} ${name}: ${code}`;

function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  return value as Role;
}

function parseDays(value: string | undefined): number {
  if (value === undefined) return INVITATION_TTL_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new UsageError('--days must be a whole number from 1 to 90');
  return days;
}

export async function inviteCommand(db: Database, args: string[], io: CliIo, invitationSecret: string): Promise<void> {
  const flags = parseFlags(args, { committee: 'string', role: 'string', name: 'string', person: 'string', days: 'string' });
  // Validate everything before writing anything: a refused command leaves no half-made person.
  const days = parseDays(optionalFlag(flags, 'days'));
  const committeeId = optionalFlag(flags, 'committee');
  const personFlag = optionalFlag(flags, 'person');
  const role = committeeId ? parseRole(requireFlag(flags, 'role')) : undefined;
  if (!committeeId && flags['role'] !== undefined) throw new UsageError('--role needs --committee');
  if (committeeId !== undefined && !(await committeeExists(db, committeeId))) {
    throw new UsageError(`No committee ${committeeId} (see: committees)`);
  }
  let person: { id: string; name: string } | undefined;
  if (personFlag) {
    if (flags['name'] !== undefined) throw new UsageError('--name is for a new person; leave it out with --person');
    person = await findPerson(db, personFlag);
    if (!person) throw new UsageError(`No person ${personFlag} (see: people)`);
  } else {
    if (!committeeId) throw new UsageError('Give --committee ID --role ROLE --name "Name" for a new person, or --person ID');
    const name = requireFlag(flags, 'name');
    if (name.length > 200) throw new UsageError('--name is too long');
    person = { id: await createPerson(db, name), name };
  }
  if (committeeId && role) await setMembership(db, person.id, committeeId, role);
  const roles = [...new Set((await membershipsOf(db, person.id)).map((m) => m.role))];
  const code = await createInvitation(db, invitationSecret, person.id, days);
  io.out(inviteLine(role ?? (roles.join('/') || 'person'), person.name, code));
  io.err(`person ${person.id}; the code works once, for ${days} days (another device: invite --person ${person.id})`);
}

export async function revokeCommand(db: Database, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, { device: 'string' });
  const deviceId = requireFlag(flags, 'device');
  const device = await revokeDevice(db, deviceId, SERVER_WHO);
  if (!device) throw new UsageError(`No device ${deviceId} (see: devices)`);
  io.out(`REVOKED ${device.id} (${device.personName}: ${device.name})`);
}

export async function removeMemberCommand(db: Database, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, { person: 'string', committee: 'string' });
  const personId = requireFlag(flags, 'person');
  const committeeId = requireFlag(flags, 'committee');
  if (!(await removeMembership(db, personId, committeeId))) throw new UsageError(`${personId} is not on committee ${committeeId}`);
  io.out(`REMOVED ${personId} from ${committeeId}`);
}

export async function devicesCommand(db: Database, args: string[], io: CliIo): Promise<void> {
  parseFlags(args, {});
  const rows = await db.query<{ id: string; name: string; person: string; last_seen_at: Date | null; revoked_at: Date | null }>(
    `SELECT d.id, d.name, p.name AS person, d.last_seen_at, d.revoked_at
     FROM devices d JOIN people p ON p.id = d.person_id ORDER BY p.name, d.created_at`,
  );
  if (rows.length === 0) io.err('No devices yet.');
  for (const r of rows) {
    const when = (d: Date | null) => (d ? new Date(d).toISOString() : 'never');
    const state = r.revoked_at ? `revoked ${when(r.revoked_at)}` : `last seen ${when(r.last_seen_at)}`;
    io.out(`${r.id}\t${r.person}\t${r.name}\t${state}`);
  }
}

export async function peopleCommand(db: Database, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, { committee: 'string' });
  const committeeId = optionalFlag(flags, 'committee');
  const rows = await db.query<{ id: string; name: string; committee_id: string | null; role: string | null }>(
    `SELECT p.id, p.name, m.committee_id, m.role FROM people p LEFT JOIN memberships m ON m.person_id = p.id
     WHERE $1::text IS NULL OR m.committee_id = $1 ORDER BY p.name, m.committee_id`,
    [committeeId ?? null],
  );
  for (const r of rows) io.out(`${r.id}\t${r.name}\t${r.committee_id ?? '-'}\t${r.role ?? '-'}`);
}

export async function committeesCommand(db: Database, args: string[], io: CliIo): Promise<void> {
  parseFlags(args, {});
  for (const c of await listCommittees(db)) io.out(`${c.id}\t${c.name}`);
}

export async function createCommitteeCommand(db: Database, args: string[], io: CliIo): Promise<void> {
  const flags = parseFlags(args, { name: 'string', council: 'string', year: 'string', id: 'string' });
  const id = optionalFlag(flags, 'id');
  if (id !== undefined && !/^[A-Za-z0-9_.-]{1,60}$/.test(id)) throw new UsageError('--id: 1 to 60 letters, digits, _ . or -');
  if (id !== undefined && (await committeeExists(db, id))) throw new UsageError(`Committee ${id} already exists`);
  const council = optionalFlag(flags, 'council');
  const year = optionalFlag(flags, 'year');
  const created = await createCommittee(db, {
    name: requireFlag(flags, 'name'),
    ...(id ? { id } : {}),
    ...(council ? { council } : {}),
    ...(year ? { municipalYear: year } : {}),
  });
  io.out(`COMMITTEE ${created}`);
}

export async function seedDemoCommand(db: Database, args: string[], io: CliIo, invitationSecret: string): Promise<void> {
  parseFlags(args, {});
  const { loaded, invitations } = await seedDemo(db, invitationSecret);
  io.err(
    loaded
      ? 'Loaded the demo committee (Safe and Strong Communities 2017/18).'
      : 'The demo committee was already loaded; issuing fresh invitation codes.',
  );
  for (const i of invitations) io.out(inviteLine(i.role, i.name, i.code));
}
