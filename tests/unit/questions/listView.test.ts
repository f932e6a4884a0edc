// Filtering, grouping and moving questions within what is shown.
import { describe, expect, it } from 'vitest';
import { addresseeOf, filterChoices, filterQuestions, groupQuestions, keyForStep, NO_FILTER, witnessNamed } from '../../../shared/questions/listView';
import { compareByOrder, keysBetween } from '../../../shared/questions/order';
import type { Inquiry, Question, Witness } from '../../../shared/questions/types';
import { question } from './fixtures';

const keys = keysBetween(null, null, 6);
const witnesses: Witness[] = [
  { id: 'w1', name: 'Sarah Rivers', role: 'Head of the Virtual School', organisation: 'Staffordshire County Council', sessionId: 's2', time: '11:00' },
  { id: 'w2', name: 'Liz Kelay', role: 'Placements', organisation: '', sessionId: 's1', time: '10:00' },
];
const list: Question[] = [
  question({ id: 'a', order: keys[0]!, itemNumber: '6a', itemTitle: 'Edge of Care - Scoping Report', leadMember: 'Kyle Robinson', forWhom: 'Cabinet Member for Children and Young People', status: 'agreed', lineId: 'l2' }),
  question({ id: 'b', order: keys[1]!, itemNumber: '4', itemTitle: 'CSE', leadMember: 'Syed Hussain', forWhom: 'sarah rivers', witnessId: 'w1', lineId: 'l1' }),
  question({ id: 'c', order: keys[2]!, itemNumber: '6a', itemTitle: 'Edge of Care - Scoping Report', leadMember: 'kyle robinson', forWhom: 'Liz Kelay', witnessId: 'w2', status: 'answered' }),
  question({ id: 'd', order: keys[3]!, leadMember: 'Paul Snape' }),
];

describe('filters', () => {
  it('filters by status, lead member (any case) and addressee (the witness’s name)', () => {
    expect(filterQuestions(list, NO_FILTER).map((q) => q.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterQuestions(list, { ...NO_FILTER, status: 'answered' }).map((q) => q.id)).toEqual(['c']);
    expect(filterQuestions(list, { ...NO_FILTER, leadMember: 'Kyle Robinson' }).map((q) => q.id)).toEqual(['a', 'c']);
    expect(filterQuestions(list, { ...NO_FILTER, addressee: 'Sarah Rivers' }, witnesses).map((q) => q.id)).toEqual(['b']);
    expect(filterQuestions(list, { status: 'agreed', leadMember: 'Kyle Robinson', addressee: 'all' }).map((q) => q.id)).toEqual(['a']);
  });

  it('offers each lead member and addressee once', () => {
    const choices = filterChoices(list, witnesses);
    expect(choices.leadMembers).toEqual(['Kyle Robinson', 'Paul Snape', 'Syed Hussain']);
    expect(choices.addressees).toEqual(['Cabinet Member for Children and Young People', 'Liz Kelay', 'Sarah Rivers']);
    expect(addresseeOf(list[1]!, witnesses)).toBe('Sarah Rivers');
    expect(witnessNamed('  SARAH   rivers ', witnesses)?.id).toBe('w1');
  });
});

describe('groups', () => {
  const inquiry = { linesOfEnquiry: [{ id: 'l1', text: 'Why children come into care' }, { id: 'l2', text: 'Prevention' }], witnesses } as Pick<Inquiry, 'linesOfEnquiry' | 'witnesses'>;
  it('groups by agenda item in agenda order, the rest last', () => {
    const groups = groupQuestions(list, 'item', { agenda: [{ number: '4', title: 'CSE' }, { number: '6a', title: 'Edge of Care - Scoping Report' }] });
    expect(groups.map((g) => [g.heading, g.questions.map((q) => q.id)])).toEqual([
      ['4 CSE', ['b']],
      ['6a Edge of Care - Scoping Report', ['a', 'c']],
      ['No agenda item', ['d']],
    ]);
  });

  it('groups by line of enquiry and by session (the witness’s session)', () => {
    expect(groupQuestions(list, 'line', { inquiry }).map((g) => [g.heading, g.questions.map((q) => q.id)])).toEqual([
      ['Why children come into care', ['b']],
      ['Prevention', ['a']],
      ['No line of enquiry', ['c', 'd']],
    ]);
    const sessions = [
      { id: 's1', title: 'Session 1', start: '10:00', end: '10:45' },
      { id: 's2', title: 'Session 2', start: '11:00', end: '' },
    ];
    expect(groupQuestions(list, 'session', { inquiry, sessions }).map((g) => [g.heading, g.questions.map((q) => q.id)])).toEqual([
      ['Session 1 (10:00–10:45)', ['c']],
      ['Session 2 (11:00)', ['b']],
      ['No session', ['a', 'd']],
    ]);
  });
});

describe('moving within what is shown', () => {
  const apply = (all: Question[], id: string, key: string | null) => (key === null ? all : all.map((q) => (q.id === id ? { ...q, order: key } : q)).sort(compareByOrder));

  it('moves up and down past the neighbour shown, keeping hidden questions in place', () => {
    let all = list;
    all = apply(all, 'd', keyForStep(all, all, 'd', -1));
    expect(all.map((q) => q.id)).toEqual(['a', 'b', 'd', 'c']);
    // Filtered to Kyle Robinson's questions: c moves above a; b and d stay where they were.
    const shown = filterQuestions(all, { ...NO_FILTER, leadMember: 'Kyle Robinson' });
    all = apply(all, 'c', keyForStep(all, shown, 'c', -1));
    expect(all.map((q) => q.id)).toEqual(['c', 'a', 'b', 'd']);
    all = apply(all, 'c', keyForStep(all, all, 'c', 1));
    expect(all.map((q) => q.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('says when there is nowhere to go', () => {
    expect(keyForStep(list, list, 'a', -1)).toBeNull();
    expect(keyForStep(list, list, 'd', 1)).toBeNull();
  });
});
