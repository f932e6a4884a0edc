// Changes to the work programme: each goes through the sync service (outbox, optimistic view,
// then a sync a moment later). Errors are thrown for the caller to show.
import type { EntityType, ItemFields, SyncRow } from '../../shared/sync';
import { syncService } from '../sync/syncApp';

export function patchItem(id: string, fields: Partial<ItemFields>): Promise<void> {
  return syncService.mutate((engine) => engine.patch('item', id, fields));
}

export function addItem(committeeId: string, fields: Partial<ItemFields> & Pick<ItemFields, 'title' | 'kind'>): Promise<string> {
  return syncService.mutate((engine) => engine.create('item', committeeId, fields));
}

/** A member's proposal for the work programme, for the office to accept or decline. */
export function proposeItem(committeeId: string, title: string, reason: string): Promise<string> {
  return syncService.mutate((engine) => engine.create('suggestion', committeeId, { title: title.trim(), reason: reason.trim() }));
}

export function addComment(committeeId: string, targetType: 'item' | 'suggestion' | 'recommendation', targetId: string, body: string): Promise<string> {
  return syncService.mutate((engine) => engine.create('comment', committeeId, { targetType, targetId, body: body.trim() }));
}

export function deleteComment(id: string): Promise<void> {
  return syncService.mutate((engine) => engine.delete('comment', id));
}

/** The office accepts a proposal: it becomes an item to be scheduled. */
export function acceptSuggestion(suggestion: SyncRow, response: string): Promise<string> {
  return syncService.mutate(async (engine) => {
    const title = String(suggestion.fields['title'] ?? '');
    const reason = String(suggestion.fields['reason'] ?? '');
    const itemId = await engine.create('item', suggestion.committeeId, { title, details: reason, kind: 'committee_item', status: 'proposed' });
    await engine.patch('suggestion', suggestion.id, {
      status: 'accepted',
      itemId,
      response: response.trim() || 'Added to the work programme, to be scheduled.',
    });
    return itemId;
  });
}

export function answerSuggestion(suggestion: SyncRow, status: 'declined' | 'withdrawn' | 'open', response?: string): Promise<void> {
  return syncService.mutate((engine) =>
    engine.patch('suggestion', suggestion.id, { status, ...(response !== undefined && response.trim() ? { response: response.trim() } : {}) }),
  );
}

export type Choice = 'mine' | 'theirs';

/** Which side of a notice is this device's: the lost value or the kept one. */
export function mySide(notice: SyncRow, personId: string, clientId: string | null): 'lost' | 'kept' {
  const f = notice.fields;
  if (clientId && f['lostClientId'] === clientId) return 'lost';
  if (clientId && f['keptClientId'] === clientId) return 'kept';
  return f['lostBy'] === personId ? 'lost' : 'kept';
}

/**
 * Acts on a conflict notice. "Mine" and "theirs" are from this person's side: re-applying
 * the value that was lost (or re-deleting, or restoring) where that is what they chose, then
 * marking the notice resolved for both people.
 */
export function resolveNotice(notice: SyncRow, choice: Choice, personId: string, clientId: string | null): Promise<void> {
  const f = notice.fields;
  const type = f['entityType'] as EntityType;
  const id = String(f['entityId']);
  const side = mySide(notice, personId, clientId);
  // Bring the lost side back when the user wants the side that lost.
  const wantLost = (side === 'lost') === (choice === 'mine');
  return syncService.mutate(async (engine) => {
    if (wantLost) {
      switch (f['kind']) {
        case 'overwritten':
          if (typeof f['field'] === 'string') await engine.patch(type, id, { [f['field']]: f['lostValue'] });
          break;
        case 'edited_after_delete':
          // The delete lost (an edit brought the entity back): delete it again.
          await engine.delete(type, id);
          break;
        case 'deleted_while_editing':
          // The edit lost to a delete: bring the entity back with the edited values.
          await engine.restore(type, id);
          break;
      }
    }
    await engine.patch('conflict', notice.id, { resolved: true });
  });
}
