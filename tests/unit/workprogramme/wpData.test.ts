// The work programme's shaping of synced rows: groups by meeting date with "To be scheduled"
// last, filters, recommendations overdue first, notices for this person; and what acting on
// a conflict notice changes.
import { describe, expect, it } from 'vitest';
import { ENTITY_SPECS, isRowOf, readSyncRow, type EntityFieldsByType, type EntityType } from '../../../shared/sync';
import { noticeAction, mySide } from '../../../renderer/workprogramme/notices';
import { buildProgramme, filterItems, groupItems } from '../../../renderer/workprogramme/wpData';

let version = 0;
/** A stored row as the app reads it: the model's defaults for what is not given, checked and typed. */
function row<T extends EntityType>(type: T, id: string, fields: Partial<EntityFieldsByType[T]>, createdBy: string | null = 'officer') {
  const reading = readSyncRow({
    type,
    id,
    committeeId: 'c1',
    version: ++version,
    deleted: false,
    createdBy,
    updatedAt: `2017-09-${String(10 + (version % 20)).padStart(2, '0')}T10:00:00.000Z`,
    fields: { ...ENTITY_SPECS[type].defaults, ...fields },
  });
  if (!reading.ok || !isRowOf(reading.value, type)) throw new Error(`Test row ${type} ${id} does not fit the model: ${JSON.stringify(reading)}`);
  return reading.value;
}
const item = (id: string, title: string, meetingDate: string | null, extra: Partial<EntityFieldsByType['item']> = {}) =>
  row('item', id, { title, meetingDate, kind: 'committee_item', status: 'scheduled', ...extra });

describe('groupItems', () => {
  it('groups by meeting date, earliest first, with undated items last under "To be scheduled"', () => {
    const meeting = row('meeting', 'm1', { date: '2017-12-11', startTime: '14:00', venue: 'Oak Room', status: 'scheduled' });
    const items = [
      item('a', 'Youth Offending Service', '2017-12-11'),
      item('b', 'Hard to reach communities', null, { kind: 'working_group' }),
      item('c', 'CSE', '2017-09-26'),
      item('d', 'Domestic Abuse', '2017-12-11'),
      item('e', 'MASH visit', '2017-12-11', { kind: 'visit' }),
    ];
    const groups = groupItems(items, new Map([['2017-12-11', meeting]]));
    expect(groups.map((g) => g.date)).toEqual(['2017-09-26', '2017-12-11', null]);
    expect(groups[1]!.meeting).toBe(meeting);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(['d', 'a', 'e']);
    expect(groups[2]!.items.map((i) => i.id)).toEqual(['b']);
  });
});

describe('filterItems', () => {
  const items = [
    item('a', 'Domestic Abuse', '2017-12-11', { leadOfficer: 'Mick Harrison' }),
    item('b', 'Children’s Centres – 3 years on', null, { kind: 'working_group', status: 'proposed' }),
    item('c', 'Modern Slavery', '2018-01-15', { status: 'deferred', details: 'Task and Finish action plan' }),
  ];
  it('keeps everything with no filter, and filters by kind, status and words in any column', () => {
    expect(filterItems(items, { kind: '', status: '', text: '' })).toHaveLength(3);
    expect(filterItems(items, { kind: 'working_group', status: '', text: '' }).map((i) => i.id)).toEqual(['b']);
    expect(filterItems(items, { kind: '', status: 'deferred', text: '' }).map((i) => i.id)).toEqual(['c']);
    expect(filterItems(items, { kind: '', status: '', text: 'harrison abuse' }).map((i) => i.id)).toEqual(['a']);
    expect(filterItems(items, { kind: '', status: '', text: 'action PLAN' }).map((i) => i.id)).toEqual(['c']);
  });
});

describe('buildProgramme', () => {
  const rec = (id: string, number: string, fields: Partial<EntityFieldsByType['recommendation']>) =>
    row('recommendation', id, { reviewId: 'r1', number, text: `Recommendation ${number}`, response: 'accepted', responseText: '', responseDue: '2017-03-06', leadOfficer: '', deadline: '', followUpDate: null, status: 'in_progress', ...fields });

  it('lists recommendations overdue first, then by due date, with the items that follow them up', () => {
    const rows = [
      row('review', 'r1', { title: 'Low Level Neglect' }),
      rec('r-done', '5', { status: 'implemented', followUpDate: '2017-01-01' }),
      rec('r-late', '11', { followUpDate: '2017-09-26' }),
      rec('r-later', '2', { followUpDate: '2018-03-05' }),
      rec('r-future', '1', { followUpDate: '2030-01-01' }),
      rec('r-unanswered', '3', { response: null, responseDue: '2017-03-06', followUpDate: '2017-09-26' }),
      item('i1', 'Cabinet Response', '2017-09-26'),
      row('link', 'l1', { recommendationId: 'r-late', itemId: 'i1' }),
    ];
    const p = buildProgramme(rows, 'me', '2018-06-01');
    expect(p.recommendations.map((r) => [r.row.id, r.overdue, r.due])).toEqual([
      ['r-unanswered', true, '2017-03-06'],
      ['r-late', true, '2017-09-26'],
      ['r-later', true, '2018-03-05'],
      ['r-done', false, '2017-01-01'],
      ['r-future', false, '2030-01-01'],
    ]);
    expect(p.recommendations[1]!.itemIds).toEqual(['i1']);
    expect(p.recommendationsByItem.get('i1')!.map((r) => r.id)).toEqual(['r-late']);
  });

  it('keeps the notices that concern this person and are not resolved, and names people', () => {
    const notice = (id: string, fields: Partial<EntityFieldsByType['conflict']>) =>
      row('conflict', id, { kind: 'overwritten', entityType: 'item', entityId: 'i1', field: 'details', keptValue: 'B', lostValue: 'A', keptBy: 'p2', keptClientId: 'c2', lostBy: 'me', lostClientId: 'c1', lostVersion: 3, resolved: false, resolvedBy: null, ...fields }, null);
    const rows = [
      row('member', 'mem1', { personId: 'p2', name: 'Helen Phillips', role: 'officer' }),
      notice('n1', {}),
      notice('n2', { resolved: true }),
      notice('n3', { keptBy: 'p3', lostBy: 'p4' }),
      notice('n4', { keptBy: 'me', lostBy: 'p2' }),
      row('comment', 'k1', { targetType: 'item', targetId: 'i1', body: 'Noted' }),
    ];
    const p = buildProgramme(rows, 'me');
    expect(p.notices.map((n) => n.id)).toEqual(['n1', 'n4']);
    expect(p.people.get('p2')).toEqual({ name: 'Helen Phillips', role: 'officer' });
    expect(p.commentsByTarget.get('item/i1')!.map((c) => c.id)).toEqual(['k1']);
  });
});

describe('conflict notice actions', () => {
  const notice = (fields: Partial<EntityFieldsByType['conflict']>) =>
    row('conflict', 'n', { kind: 'overwritten', entityType: 'item', entityId: 'x', field: 'outcome', keptValue: 'Theirs', lostValue: 'Mine', keptBy: 'p2', keptClientId: 'c2', lostBy: 'me', lostClientId: 'c1', lostVersion: 3, resolved: false, resolvedBy: null, ...fields });

  it('re-applies the lost value only when the lost side is chosen', () => {
    expect(noticeAction(notice({}), 'mine', 'me', 'c1')).toEqual({ op: 'patch', type: 'item', id: 'x', fields: { outcome: 'Mine' } });
    expect(noticeAction(notice({}), 'theirs', 'me', 'c1')).toEqual({ op: 'none' });
    // Seen by the person whose value was kept: "theirs" is the lost one.
    expect(noticeAction(notice({}), 'theirs', 'p2', 'c2')).toEqual({ op: 'patch', type: 'item', id: 'x', fields: { outcome: 'Mine' } });
    expect(noticeAction(notice({}), 'mine', 'p2', 'c2')).toEqual({ op: 'none' });
  });

  it('tells one person’s two devices apart by client id', () => {
    const same = notice({ keptBy: 'me', lostBy: 'me' });
    expect(mySide(same, 'me', 'c1')).toBe('lost');
    expect(mySide(same, 'me', 'c2')).toBe('kept');
    expect(noticeAction(same, 'mine', 'me', 'c2')).toEqual({ op: 'none' });
  });

  it('deletes again or restores for the delete-versus-edit notices', () => {
    const undone = notice({ kind: 'edited_after_delete', field: null, lostBy: 'me', keptBy: 'p2' });
    expect(noticeAction(undone, 'mine', 'me', 'c1')).toEqual({ op: 'delete', type: 'item', id: 'x' });
    expect(noticeAction(undone, 'theirs', 'me', 'c1')).toEqual({ op: 'none' });
    const hidden = notice({ kind: 'deleted_while_editing', field: null, lostBy: 'me', keptBy: 'p2' });
    expect(noticeAction(hidden, 'mine', 'me', 'c1')).toEqual({ op: 'restore', type: 'item', id: 'x' });
    expect(noticeAction(hidden, 'theirs', 'p2', 'c2')).toEqual({ op: 'restore', type: 'item', id: 'x' });
  });
});
