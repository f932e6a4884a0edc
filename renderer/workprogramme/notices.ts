// What acting on a conflict notice means, as a pure decision: which side of the notice is
// this device's, and what to change so the side the user chose is the one that stays.
import type { EntityType, SyncRowOf } from '../../shared/sync';

export type Choice = 'mine' | 'theirs';

/** Which side of a notice is this device's: the lost value or the kept one. */
export function mySide({ fields }: SyncRowOf<'conflict'>, personId: string, clientId: string | null): 'lost' | 'kept' {
  // Two devices of one person are two clients: the client id says which device wrote what.
  if (clientId && fields.lostClientId === clientId) return 'lost';
  if (clientId && fields.keptClientId === clientId) return 'kept';
  return fields.lostBy === personId ? 'lost' : 'kept';
}

export type NoticeAction =
  | { op: 'none' }
  | { op: 'patch'; type: EntityType; id: string; fields: Record<string, unknown> }
  | { op: 'delete' | 'restore'; type: EntityType; id: string };

/**
 * The change that makes the chosen side stay (then the notice is marked resolved). The kept
 * side is already in place, so choosing it changes nothing; choosing the lost side re-applies
 * the lost value, deletes again, or restores, by the notice's kind.
 */
export function noticeAction(notice: SyncRowOf<'conflict'>, choice: Choice, personId: string, clientId: string | null): NoticeAction {
  const { entityType: type, entityId: id, kind, field, lostValue } = notice.fields;
  const wantLost = (mySide(notice, personId, clientId) === 'lost') === (choice === 'mine');
  if (!wantLost) return { op: 'none' };
  switch (kind) {
    case 'overwritten':
      return field !== null ? { op: 'patch', type, id, fields: { [field]: lostValue } } : { op: 'none' };
    case 'edited_after_delete':
      // The delete lost (an edit brought the entity back): delete it again.
      return { op: 'delete', type, id };
    case 'deleted_while_editing':
      // The edit lost to a delete: bring the entity back, with the edited values it kept.
      return { op: 'restore', type, id };
  }
}
