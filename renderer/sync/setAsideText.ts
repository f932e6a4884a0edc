// Words for a change the sync set aside: what it was and what is wrong with it.
import { cleanText, type SetAsideChange } from '../../shared/sync';

const OPS = { create: 'New', patch: 'Change to', delete: 'Deletion of', restore: 'Restoring of' } as const;

/** e.g. "New item “Broken title”". */
export function describeSetAsideChange({ mutation }: SetAsideChange): string {
  const fields = 'fields' in mutation ? mutation.fields : {};
  const label = ['title', 'body', 'text', 'name'].map((k) => fields[k]).find((v): v is string => typeof v === 'string');
  return `${OPS[mutation.op]} ${mutation.type}${label ? ` “${cleanText(label).slice(0, 80)}”` : ''}`;
}

/** e.g. "title: Contains a character that cannot be stored …". */
export function describeSetAsideReason({ issues }: SetAsideChange): string {
  return issues.map((i) => (i.path ? `${i.path.replace(/^fields\./, '')}: ${i.message}` : i.message)).join('; ') || 'The server refused it as invalid';
}

export function setAsideSummary(changes: readonly SetAsideChange[]): string {
  const n = changes.length;
  return `${n === 1 ? '1 change' : `${n} changes`} could not be sent and ${n === 1 ? 'was' : 'were'} set aside; your other changes still sync.`;
}
