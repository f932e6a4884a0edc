// Who may create, change and delete what, by committee role. The server enforces these on
// every mutation; the app uses the same functions to decide which controls to offer.
import type { EntityType, Role } from './model';

export interface Actor {
  personId: string;
  role: Role;
}

/** The parts of a stored entity a decision depends on. */
export interface OwnedRow {
  createdBy: string | null;
  fields: Record<string, unknown>;
}

export type Decision = { ok: true } | { ok: false; reason: string };

const allow: Decision = { ok: true };
const deny = (reason: string): Decision => ({ ok: false, reason });

const isEditor = (role: Role) => role === 'chair' || role === 'officer';

/** Work-programme records that only the chair and the officer maintain. */
const EDITOR_TYPES: ReadonlySet<EntityType> = new Set(['meeting', 'item', 'review', 'recommendation', 'link']);

export function canCreate(actor: Actor, type: EntityType): Decision {
  if (EDITOR_TYPES.has(type)) {
    return isEditor(actor.role) ? allow : deny(`Only the chair or an officer can add a ${type}`);
  }
  if (type === 'suggestion' || type === 'comment') return allow;
  return deny(`${type} entities are created by the server only`);
}

export function canPatch(actor: Actor, type: EntityType, row: OwnedRow, patch: Record<string, unknown>): Decision {
  const author = row.createdBy === actor.personId;
  if (EDITOR_TYPES.has(type)) {
    return isEditor(actor.role) ? allow : deny(`Only the chair or an officer can change a ${type}`);
  }
  switch (type) {
    case 'committee':
      return actor.role === 'officer' ? allow : deny('Only an officer can rename the committee');
    case 'suggestion':
      return canPatchSuggestion(actor, author, patch);
    case 'comment':
      return author ? allow : deny('Only the author can edit a comment');
    case 'conflict': {
      const involved = row.fields['keptBy'] === actor.personId || row.fields['lostBy'] === actor.personId;
      return involved || actor.role === 'officer' ? allow : deny('Only the people involved can resolve this notice');
    }
    default:
      return deny(`${type} entities are changed by the server only`);
  }
}

function canPatchSuggestion(actor: Actor, author: boolean, patch: Record<string, unknown>): Decision {
  if (actor.role === 'officer') return allow;
  for (const [field, value] of Object.entries(patch)) {
    const byAuthor =
      author && (field === 'title' || field === 'reason' || (field === 'status' && (value === 'open' || value === 'withdrawn')));
    const byChair = actor.role === 'chair' && (field === 'status' || field === 'response' || field === 'itemId');
    if (!byAuthor && !byChair) {
      return deny(
        author
          ? `You can change the title and reason of your suggestion, or withdraw it, but not its ${field}`
          : 'Only the member who proposed it (or an officer) can edit this suggestion',
      );
    }
  }
  return allow;
}

/** Deleting and restoring are allowed to the same people. */
export function canDelete(actor: Actor, type: EntityType, row: OwnedRow): Decision {
  if (EDITOR_TYPES.has(type)) {
    return isEditor(actor.role) ? allow : deny(`Only the chair or an officer can delete a ${type}`);
  }
  if (type === 'suggestion' || type === 'comment') {
    return row.createdBy === actor.personId || actor.role === 'officer'
      ? allow
      : deny(`Only the author or an officer can delete a ${type}`);
  }
  return deny(`${type} entities cannot be deleted`);
}

/**
 * Undoing a delete needs the rights of the person who deleted, not merely the right to
 * delete: an author may restore what they deleted themselves, but a comment or suggestion an
 * officer took down stays down unless an officer (or that officer) restores it.
 * @param deletedBy the person whose delete made the row a tombstone, if known
 */
export function canRestore(actor: Actor, type: EntityType, row: OwnedRow, deletedBy: string | null): Decision {
  const mayDelete = canDelete(actor, type, row);
  if (!mayDelete.ok) return mayDelete;
  if (type !== 'suggestion' && type !== 'comment') return allow;
  if (deletedBy === actor.personId || actor.role === 'officer') return allow;
  // Only the author or an officer can delete these: a delete by someone other than the author was an officer's.
  if (deletedBy !== null && deletedBy === row.createdBy) return allow;
  return deny(`This ${type} was removed by an officer; only an officer can restore it`);
}
