// Minutes: recognised as minutes, meeting details read, minute headings only when clearly numbered, no page ranges.
import { describe, expect, it } from 'vitest';
import { parseFrontSheet } from '../../../shared/agenda';
import { loadPages } from './fixtures';

describe('real minutes (Staffordshire select committee, 13 July 2017)', () => {
  const sheet = parseFrontSheet(loadPages('staffordshire-minutes-2017-07-13.raw.txt'));

  it('is minutes, with committee and date from "Minutes of the ... Meeting held on ..."', () => {
    expect(sheet.kind).toBe('minutes');
    expect(sheet.committee).toBe('Safe and Strong Communities Select Committee');
    expect(sheet.date).toBe('2017-07-13');
    expect(sheet.frontSheetPages).toBe(0);
  });

  it('lists the numbered minutes by minute number, without resolutions or page ranges', () => {
    expect(sheet.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '5 Declarations of Interest',
      '6 Minutes of the Safe & Strong Communities Select Committee meeting held on 13 June 2017',
      '7 Children’s and Families System Transformation',
      '8 Children, Young People and Families Pilots',
      '9 Public Analyst and Scientific Services Laboratory',
      '10 Work Programme',
    ]);
    expect(sheet.items.every((i) => i.pages === undefined && i.parent === undefined)).toBe(true);
  });
});

describe('other minutes layouts', () => {
  it('reads a "MINUTES" heading with the meeting details on the following lines', () => {
    const sheet = parseFrontSheet([
      [
        'MINUTES',
        'Overview and Scrutiny Committee',
        'Tuesday, 14 March 2017 at 10.00 am',
        'Council Chamber, Priory House, Shefford',
        'Present: Cllr M Smith (Chairman), Cllr A Jones, Cllr P Brown',
        'OSC/17/43. Members\' Interests',
        'None were declared.',
        'OSC/17/44. Child Sexual Exploitation Health Check Review',
        'The Executive Member introduced the report.',
      ],
    ]);
    expect(sheet).toMatchObject({
      kind: 'minutes',
      committee: 'Overview and Scrutiny Committee',
      date: '2017-03-14',
      time: '10.00 am',
      venue: 'Council Chamber, Priory House, Shefford',
    });
    // Minute references in a form it does not know are not guessed at.
    expect(sheet.items).toEqual([]);
  });

  it('gives no items when minutes are unnumbered prose', () => {
    const sheet = parseFrontSheet([
      [
        'Minutes of a meeting of the Cabinet held at County Hall on Monday 3 December 2012 at 7.30 pm',
        'Present: Councillors Roberts (Chair), Hegley, Heath',
        'Apologies were received from Councillor Sutton.',
        'The minutes of the meeting held on 5 November 2012 were agreed.',
        'The Cabinet considered the budget monitoring report and 12 recommendations were agreed.',
      ],
    ]);
    expect(sheet).toMatchObject({ kind: 'minutes', committee: 'Cabinet', date: '2012-12-03', time: '7.30 pm', venue: 'County Hall' });
    expect(sheet.items).toEqual([]);
  });

  it('is minutes, not an agenda, even with procedural headings numbered 1, 2, 3', () => {
    const sheet = parseFrontSheet([
      [
        'Draft minutes of the Scrutiny Panel held on 9 January 2018',
        'Present: Councillors A, B and C',
        '1. Apologies for Absence',
        'Apologies were received from Councillor D.',
        '2. Declarations of Interest',
        'There were none.',
        '3. Minutes of the previous meeting',
        'RESOLVED - that the minutes be approved.',
        '(a) that the report be noted;',
      ],
    ]);
    expect(sheet.kind).toBe('minutes');
    expect(sheet.committee).toBe('Scrutiny Panel');
    expect(sheet.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('reads minutes printed after a blank or "intentionally left blank" first page', () => {
    const minutes = [
      'SCRUTINY COMMITTEE',
      'MINUTES of a meeting of the Scrutiny Committee held in the Darent Room, Sessions House, County',
      'Hall, Maidstone on Wednesday, 13 March 2024.',
      'PRESENT: Mr A Booth (Chairman), Mr P Bartlett and Mr D Beaney',
      'UNRESTRICTED ITEMS',
      '42. Membership',
      '(Item 1)',
      '1. The Committee noted that Mr Brady had replaced Mr Hook as a member of the Committee.',
      '43. 24/00010 - Securing Kent\'s Future - Budget Recovery Strategy update',
      '(Item 5)',
      'RESOLVED that the report be noted.',
    ];
    for (const cover of [[], ['This page is intentionally left blank']]) {
      const sheet = parseFrontSheet([cover, minutes]);
      expect(sheet.kind).toBe('minutes');
      expect(sheet.committee).toBe('Scrutiny Committee');
      expect(sheet.date).toBe('2024-03-13');
      expect(sheet.venue).toBe('Darent Room, Sessions House, County Hall, Maidstone');
      expect(sheet.items.map((i) => `${i.number} (item ${i.agendaItem}) ${i.title}`)).toEqual([
        '42 (item 1) Membership',
        "43 (item 5) 24/00010 - Securing Kent's Future - Budget Recovery Strategy update",
      ]);
    }
  });

  it('reads unnumbered minutes by their "(Item N)" lines, with long and wrapped headings', () => {
    const sheet = parseFrontSheet([
      [
        'KENT COUNTY COUNCIL',
        'KENT AND MEDWAY POLICE AND CRIME PANEL',
        'MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council',
        'Chamber, Sessions House, County Hall, Maidstone on Tuesday, 4 February 2025.',
        'PRESENT: Mr P Bartlett (Chair), Mr J Burden and Mr D Jeffrey',
        'UNRESTRICTED ITEMS',
        'Apologies and Substitutes',
        '(Item 2)',
        'Apologies were received from Mr Hood.',
        'Declarations of Interests by Panel Members in items on the Agenda for this',
        'meeting',
        '(Item 3)',
        'There were no declarations.',
        'Minutes of the Police and Crime Panel held on 26 November 2024',
        '(Item 4)',
        'RESOLVED that the minutes of the meeting held on 26 November 2024 were a correct record.',
        "Commissioner's proposed precept 2025/26",
        '(Item 5)',
        '1. The Commissioner introduced his proposed precept.',
        '2. Members asked about the police staff pay award.',
        'RESOLVED that the Panel agrees the precept.',
      ],
    ]);
    expect(sheet.kind).toBe('minutes');
    expect(sheet.items.map((i) => `(item ${i.agendaItem}) ${i.title}`)).toEqual([
      '(item 2) Apologies and Substitutes',
      '(item 3) Declarations of Interests by Panel Members in items on the Agenda for this meeting',
      '(item 4) Minutes of the Police and Crime Panel held on 26 November 2024',
      "(item 5) Commissioner's proposed precept 2025/26",
    ]);
  });
});

