// Changes to the work programme: each goes through the sync service (outbox, optimistic view,
// then a sync a moment later). Errors are thrown for the caller to show.
import type { ItemFields, SyncRowOf } from '../../shared/sync';
import { syncService } from '../sync/syncApp';
import { noticeAction, type Choice } from './notices';

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
export function acceptSuggestion(suggestion: SyncRowOf<'suggestion'>, response: string): Promise<string> {
  return syncService.mutate(async (engine) => {
    const { title, reason } = suggestion.fields;
    const itemId = await engine.create('item', suggestion.committeeId, { title, details: reason, kind: 'committee_item', status: 'proposed' });
    await engine.patch('suggestion', suggestion.id, {
      status: 'accepted',
      itemId,
      response: response.trim() || 'Added to the work programme, to be scheduled.',
    });
    return itemId;
  });
}

export function answerSuggestion(suggestion: SyncRowOf<'suggestion'>, status: 'declined' | 'withdrawn' | 'open', response?: string): Promise<void> {
  return syncService.mutate((engine) =>
    engine.patch('suggestion', suggestion.id, { status, ...(response !== undefined && response.trim() ? { response: response.trim() } : {}) }),
  );
}

export function deleteItem(id: string): Promise<void> {
  return syncService.mutate((engine) => engine.delete('item', id));
}

export function resolveNotice(notice: SyncRowOf<'conflict'>, choice: Choice, personId: string, clientId: string | null): Promise<void> {
  const action = noticeAction(notice, choice, personId, clientId);
  return syncService.mutate(async (engine) => {
    switch (action.op) {
      case 'patch':
        await engine.patch(action.type, action.id, action.fields);
        break;
      case 'delete':
        await engine.delete(action.type, action.id);
        break;
      case 'restore':
        await engine.restore(action.type, action.id);
        break;
    }
    await engine.patch('conflict', notice.id, { resolved: true });
  });
}
