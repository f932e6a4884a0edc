// Front sheets of other councils and layouts (modelled on real ones): header fields, items, ranges, exempt and supplement flags.
import { describe, expect, it } from 'vitest';
import { parseFrontSheet, type AgendaItem } from '../../../shared/agenda';
import { loadPages, stampedPages } from './fixtures';

const summary = (items: readonly AgendaItem[]) => items.map((i) => `${i.number} ${i.title}`);
const item = (items: readonly AgendaItem[], n: string) => {
  const found = items.find((i) => i.number === n);
  if (!found) throw new Error(`no item ${n}`);
  return found;
};
const lines = (text: string) => [text.trim().split('\n')];

describe('ModernGov "Agenda frontsheet" (Manchester style: labelled header, descriptions, page column)', () => {
  const sheet = parseFrontSheet(loadPages('moderngov-frontsheet.txt'));

  it('reads the labelled header, skipping the council name and the issue date', () => {
    expect(sheet).toMatchObject({
      kind: 'agenda',
      committee: 'Health Scrutiny Committee',
      date: '2017-03-08',
      time: '10.00 am',
      time24: '10:00',
      venue: 'Council Antechamber, Level 2, Town Hall Extension',
    });
  });

  it('keeps titles free of the descriptions printed under them and stops at the notes', () => {
    expect(summary(sheet.items)).toEqual([
      '1 Urgent Business',
      '2 Appeals',
      '3 Interests',
      '4 Minutes',
      '5 Manchester Locality Plan - Update',
      '6 Improving Access to General Practice',
      '7 Overview Report',
    ]);
  });

  it('reads the bare "5 - 12" page column and a "Report of" line wrapped onto a second line', () => {
    expect(item(sheet.items, '4').pages).toEqual({ from: 5, to: 12 });
    expect(item(sheet.items, '7').pages).toEqual({ from: 53, to: 64 });
    expect(item(sheet.items, '5').reportOf).toBe(
      'Report of the Executive Director of Strategic Commissioning and Director of Adult Social Services',
    );
    expect(item(sheet.items, '1').pages).toBeUndefined();
  });
});

describe('County council cabinet with a supplement pack', () => {
  const sheet = parseFrontSheet(loadPages('county-cabinet-supplement.txt'));

  it('reads Date/Time/Place fields, joining a venue that runs onto a second line', () => {
    expect(sheet).toMatchObject({
      kind: 'agenda',
      committee: 'Cabinet',
      date: '2017-10-17',
      time: '2.00 pm',
      venue: 'Council Chamber, County Hall, New Road, Oxford OX1 1ND',
    });
  });

  it('flags items whose papers are in the supplement pack or to follow', () => {
    expect(item(sheet.items, '7')).toMatchObject({
      title: 'Oxfordshire Local Transport Plan - Connecting Oxfordshire: Proposed Amendments',
      supplement: true,
    });
    expect(item(sheet.items, '7').pages).toBeUndefined();
    expect(item(sheet.items, '9')).toMatchObject({ title: 'Delegated Powers of the Chief Executive - October 2017', supplement: true });
    expect(item(sheet.items, '6').supplement).toBeUndefined();
  });

  it('reads inline "(Pages a - b)" ranges and keeps contact lines out of the list', () => {
    expect(sheet.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(item(sheet.items, '6')).toMatchObject({
      title: 'Financial Monitoring & Business Strategy Delivery Report - August 2017',
      pages: { from: 13, to: 42 },
      reportOf: 'Report by Director of Finance (CA6)',
    });
    expect(item(sheet.items, '10').pages).toEqual({ from: 51, to: 56 });
  });
});

describe('District council notice ("a meeting of the X will be held in ... on ... at ...")', () => {
  const sheet = parseFrontSheet(loadPages('district-notice.txt'));

  it('reads committee, date, time and venue from the notice sentence', () => {
    expect(sheet).toMatchObject({
      kind: 'agenda',
      committee: 'Policy and Resources Committee',
      date: '2012-12-03',
      time: '7.30pm',
      time24: '19:30',
      venue: 'Penn Chamber, Three Rivers House, Northway, Rickmansworth',
    });
  });

  it('joins upper-case titles wrapped over two lines and reads decimal sub-items', () => {
    expect(item(sheet.items, '5').title).toBe(
      'BUDGET MONITORING REPORT FOR THE PERIOD TO 31 OCTOBER 2012 AND PROPOSED REVISIONS TO THE MEDIUM TERM FINANCIAL PLAN',
    );
    expect(item(sheet.items, '5.1')).toMatchObject({ parent: '5', title: 'Revenue Budget' });
    expect(item(sheet.items, '5.2')).toMatchObject({ parent: '5', title: 'Capital Programme' });
    expect(item(sheet.items, '7').title).toBe('ANNUAL REVIEW OF THE PERFORMANCE OF HERTFORDSHIRE SAFEGUARDING CHILDREN\'S BOARD IN 2011/12');
    expect(item(sheet.items, '2').title).toBe('MINUTES');
  });

  it('marks only the items after the exclusion resolution as exempt', () => {
    expect(sheet.items.filter((i) => i.exempt).map((i) => i.number)).toEqual(['10']);
    expect(item(sheet.items, '9').title).toBe('EXCLUSION OF PRESS AND PUBLIC');
    expect(sheet.items.at(-1)?.number).toBe('10');
  });
});

describe('London borough agenda with a Part Two section', () => {
  const sheet = parseFrontSheet(loadPages('london-part-two.txt'));

  it('reads a "Monday, 13th March, 2017 at 6.30 pm" line and the venue on the line after', () => {
    expect(sheet).toMatchObject({
      kind: 'agenda',
      committee: 'Health and Adult Social Care Scrutiny Committee',
      date: '2017-03-13',
      time: '6.30 pm',
      time24: '18:30',
      venue: 'Council Chamber - Town Hall, Judd Street, London WC1H 9JE',
    });
  });

  it('marks Part Two items exempt, and nothing before them', () => {
    expect(sheet.items.filter((i) => i.exempt).map((i) => i.number)).toEqual(['11', '12']);
    expect(item(sheet.items, '11')).toMatchObject({ title: 'MINUTES', pages: { from: 71, to: 74 } });
    expect(item(sheet.items, '12')).toMatchObject({ pages: { from: 75, to: 96 }, reportOf: 'Report of the Director of Adult Social Services' });
  });

  it('joins titles wrapped in the title column', () => {
    expect(item(sheet.items, '2').title).toBe(
      'DECLARATIONS BY MEMBERS OF STATUTORY PECUNIARY INTERESTS AND NON-PECUNIARY INTERESTS IN RESPECT OF ITEMS ON THIS AGENDA',
    );
    expect(item(sheet.items, '4').title).toBe('NOTIFICATION OF ANY ITEMS OF BUSINESS THAT THE CHAIR CONSIDERS URGENT');
    expect(sheet.items).toHaveLength(12);
  });
});

describe('Badly extracted front sheet (numbers on their own lines, titles split around ranges)', () => {
  // The front sheet is itself stamped "Page 1"; reports follow up to page 80.
  const pages = [...loadPages('badly-extracted.txt'), ...stampedPages(2, 80)];
  const sheet = parseFrontSheet(pages);

  it('is still recognised, with a "10:00am" time', () => {
    expect(sheet).toMatchObject({ kind: 'agenda', committee: 'Cabinet', date: '2017-10-18', time: '10:00am', time24: '10:00', venue: 'Committee Suite, Civic Centre, Poole' });
    expect(sheet.frontSheetPages).toBe(1);
  });

  it('rejoins titles whose second half comes after the range line', () => {
    expect(item(sheet.items, '3')).toMatchObject({ title: 'Minutes of the meeting held on 20 September 2017', pages: { from: 3, to: 10 } });
    expect(item(sheet.items, '4')).toMatchObject({
      title: 'Revenue Budget Monitoring 2017/18 - Quarter 2 Position and Forecast Outturn',
      pages: { from: 11, to: 30 },
    });
    expect(item(sheet.items, '5')).toMatchObject({ title: 'Housing Strategy 2018 - 2023: Consultation Draft for approval', pages: { from: 31, to: 64 } });
  });

  it('reads "6 (a)"/"(b)" sub-items, "- to follow" and a single "Page 79" reference', () => {
    expect(item(sheet.items, '6a')).toMatchObject({ parent: '6', title: 'Poole Bay Beach Huts: Fees and Charges', pages: { from: 65, to: 70 } });
    expect(item(sheet.items, '6b')).toMatchObject({ parent: '6', title: 'Seafront Strategy - update', pages: { from: 71, to: 78 } });
    expect(item(sheet.items, '7')).toMatchObject({ title: 'Leisure Services Contract Extension', supplement: true });
    expect(item(sheet.items, '8')).toMatchObject({ title: 'Forward Plan', pages: { from: 79, to: 79 } });
    expect(sheet.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6a', '6b', '7', '8']);
  });
});

describe('Smaller layout variations', () => {
  it('reads "Item 5" numbering, "Pages 5 - 10" without brackets and a labelled "Date:" line', () => {
    const sheet = parseFrontSheet(
      lines(`
Supplementary Agenda
Overview and Scrutiny Management Board
Date: Thursday 9 November 2017
Time: 14:00
Location: Committee Room 2, Civic Offices
Item 5 Budget Consultation 2018/19 Pages 1 - 24
Item 6 Corporate Risk Register Pages 25 - 40
Item 7 Exempt: Property Disposal at Station Road Pages 41 - 44
`),
    );
    expect(sheet).toMatchObject({
      kind: 'agenda',
      committee: 'Overview and Scrutiny Management Board',
      date: '2017-11-09',
      time: '14:00',
      time24: '14:00',
      venue: 'Committee Room 2, Civic Offices',
    });
    expect(sheet.items).toEqual([
      { number: '5', title: 'Budget Consultation 2018/19', pages: { from: 1, to: 24 }, exempt: false },
      { number: '6', title: 'Corporate Risk Register', pages: { from: 25, to: 40 }, exempt: false },
      { number: '7', title: 'Exempt: Property Disposal at Station Road', pages: { from: 41, to: 44 }, exempt: true },
    ]);
  });

  it('attaches ranges printed before their items to the following item', () => {
    const sheet = parseFrontSheet(
      lines(`
Audit and Governance Committee
Tuesday 5 December 2017 at 7.00 pm
AGENDA
(Pages 1 - 4)
1. Minutes of the last meeting
(Pages 5 - 20)
2. Internal Audit Progress Report
(Pages 21 - 30)
3. Treasury Management Mid-Year Review
`),
    );
    expect(sheet.items.map((i) => [i.number, i.pages?.from, i.pages?.to])).toEqual([
      ['1', 1, 4],
      ['2', 5, 20],
      ['3', 21, 30],
    ]);
  });

  it('reads "Date: Tuesday 26 September 2017" with the time and venue on following lines', () => {
    const sheet = parseFrontSheet(
      lines(`
Children and Young People Scrutiny Panel
Date: Tuesday 26 September 2017
2.00 pm
Council Chamber, Town Hall
AGENDA
1. Apologies for absence
2. Minutes (Pages 1 - 6)
3. School Place Planning (Pages 7 - 20)
`),
    );
    expect(sheet).toMatchObject({ committee: 'Children and Young People Scrutiny Panel', date: '2017-09-26', time: '2.00 pm', venue: 'Council Chamber, Town Hall' });
  });

  it('leaves the date undefined when two candidate dates are equally plausible', () => {
    const sheet = parseFrontSheet(
      lines(`
Licensing Sub-Committee
26 September 2017
3 October 2017
AGENDA
1. Apologies
2. Declarations of Interest
3. Application for a Premises Licence (Pages 1 - 30)
`),
    );
    expect(sheet.kind).toBe('agenda');
    expect(sheet.committee).toBe('Licensing Sub-Committee');
    expect(sheet.date).toBeUndefined();
    expect(sheet.time).toBeUndefined();
    expect(sheet.venue).toBeUndefined();
  });

  it('reads a timed agenda ("12.05 pm 2. Minutes ...")', () => {
    const sheet = parseFrontSheet(
      lines(`
West Sussex County Council
Health and Adult Social Care Select Committee
14 November 2017 – At the conclusion of the meeting of the Environment Committee but not before 12 noon
County Hall, Chichester
Agenda
12.00 pm 1. Declarations of Interest
Members and officers must declare any pecuniary or personal interest in any business on the agenda.
12.05 pm 2. Minutes of the last meeting of the Committee (Pages 5 - 12)
12.10 pm 3. Urgent Matters
12.15 pm 4. Adult Social Care Improvement Plan (Pages 13 - 40)
Report by Executive Director Care, Wellbeing and Education.
`),
    );
    expect(sheet).toMatchObject({ kind: 'agenda', committee: 'Health and Adult Social Care Select Committee', date: '2017-11-14', venue: 'County Hall, Chichester' });
    expect(summary(sheet.items)).toEqual([
      '1 Declarations of Interest',
      '2 Minutes of the last meeting of the Committee',
      '3 Urgent Matters',
      '4 Adult Social Care Improvement Plan',
    ]);
    expect(item(sheet.items, '4')).toMatchObject({ pages: { from: 13, to: 40 }, reportOf: 'Report by Executive Director Care, Wellbeing and Education' });
  });

  it('continues the list on a second front-sheet page and marks items after "PART 2 - EXEMPT ITEMS"', () => {
    const sheet = parseFrontSheet([
      ['Cabinet', 'Wednesday 18 October 2017 at 10.00 am', 'Council Chamber, Civic Centre', 'AGENDA', '1. Apologies', '2. Minutes (Pages 1 - 6)', '3. Revenue Budget Monitoring (Pages 7 - 20)'],
      // A running header repeats the meeting at the top of the second page.
      ['Cabinet - 18 October 2017', '4. Capital Programme Update (Pages 21 - 30)', 'PART 2 - EXEMPT ITEMS', '5. Disposal of Land at Mill Lane (Pages 31 - 40)', 'Further information', 'Contact Democratic Services'],
      ...stampedPages(1, 40),
    ]);
    expect(sheet.frontSheetPages).toBe(2);
    expect(summary(sheet.items)).toEqual(['1 Apologies', '2 Minutes', '3 Revenue Budget Monitoring', '4 Capital Programme Update', '5 Disposal of Land at Mill Lane']);
    expect(sheet.items.map((i) => i.exempt)).toEqual([false, false, false, false, true]);
  });

  it('marks single exempt items from a note under them or "(Exempt)", not from a header note', () => {
    const sheet = parseFrontSheet(
      lines(`
Corporate Overview and Scrutiny Committee
Thursday 12 October 2017 at 6.00 pm
Confidential items are marked with an asterisk.
AGENDA
1) Apologies
2) Declarations of Interest
3) Minutes (Pages 1 - 4)
4) Contract for Waste Collection Services (Pages 5 - 20)
Not for publication by virtue of Paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972
5) Performance Monitoring Q2 (Pages 21 - 30)
6) Annual Complaints Report (Pages 31 - 40) (Exempt)
`),
    );
    expect(sheet.items.map((i) => [i.number, i.exempt])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', true],
      ['5', false],
      ['6', true],
    ]);
    expect(item(sheet.items, '4').title).toBe('Contract for Waste Collection Services');
  });

  it('assigns no ranges when the page-number column comes out as one block', () => {
    const sheet = parseFrontSheet(lines(`
Cabinet
Wednesday 18 October 2017 at 10.00 am
AGENDA
1. Apologies
2. Minutes
3. Budget
(Pages 1 - 6)
(Pages 7 - 20)
`));
    expect(sheet.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(sheet.items.every((i) => i.pages === undefined)).toBe(true);
  });

  it('stops at a page that opens a report when nothing is stamped', () => {
    const sheet = parseFrontSheet([
      ['Cabinet', 'Wednesday 18 October 2017 at 10.00 am', 'AGENDA', '1. Apologies', '2. Minutes', '3. Revenue Budget Monitoring'],
      ['Agenda Item 2', 'Minutes of the Cabinet held on 20 September 2017', '4. Matters arising', '5. Budget'],
    ]);
    expect(sheet.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(sheet.frontSheetPages).toBe(1);
  });

  it('does not take a table of contents for an agenda', () => {
    const sheet = parseFrontSheet(
      lines(`
Contents
1. Introduction Page 3
2. Background Page 4
3. Findings Pages 5 - 9
4. Recommendations Page 10
`),
    );
    expect(sheet.kind).toBe('report');
    expect(sheet.items).toEqual([]);
  });

  it('gives "unknown" for a page with no text layer (a scan)', () => {
    expect(parseFrontSheet([[], [''], []])).toEqual({ kind: 'unknown', items: [], frontSheetPages: 0 });
  });
});

describe('agenda divided into lettered sections (a cabinet committee: "A - Committee Business", items A1, A2, B1)', () => {
  const sheet = parseFrontSheet(
    lines(`
ENVIRONMENT AND TRANSPORT CABINET COMMITTEE
Thursday, 14th March, 2024, at 10.00 am Ask for: Hayley Savage
Council Chamber, Sessions House, County Hall, Maidstone Telephone: 03000 414286
Membership (17)
Conservative (13): Mr A R Hills (Chair), Mr C Simkins (Vice-Chairman), Mr M Baldock
UNRESTRICTED ITEMS
(During these items the meeting is likely to be open to the public)
A - Committee Business
A1 Introduction/Webcast announcement
A2 Apologies and Substitutes
A3 Declarations of Interest by Members in items on the Agenda
A4 Minutes of the meeting held on 23 January 2024 (Pages 1 - 10)
B - Key or significant Cabinet/ Cabinet Member Decision(s) for Recommendation or
Endorsement
B1 24/00019 - Highways Term Maintenance Contract extension (Pages 11 - 30)
B2 24/00021 - Kent Rail Strategy (Pages 31 - 60)
C - Other items for comment/ recommendation to the Leader/ Cabinet Member/ Cabinet or
officers
C1 Performance Dashboard (Pages 61 - 80)
D - Monitoring of Key or significant Cabinet/ Cabinet Member decision(s)
D1 23/00110 - Decisions taken outside the Cabinet Committee meeting cycle (Pages 87 - 90)
EXEMPT ITEMS
(At the time of preparing the agenda there were no exempt items during which the press and public are
likely to be excluded)
Benjamin Watts
General Counsel
`),
  );

  it('is an agenda whose items keep their section numbers, without the section headings in their titles', () => {
    expect(sheet).toMatchObject({ kind: 'agenda', committee: 'Environment and Transport Cabinet Committee', date: '2024-03-14' });
    expect(sheet.items.map((i) => `${i.number} ${i.title}${i.pages ? ` (${i.pages.from}-${i.pages.to})` : ''}`)).toEqual([
      'A1 Introduction/Webcast announcement',
      'A2 Apologies and Substitutes',
      'A3 Declarations of Interest by Members in items on the Agenda',
      'A4 Minutes of the meeting held on 23 January 2024 (1-10)',
      'B1 24/00019 - Highways Term Maintenance Contract extension (11-30)',
      'B2 24/00021 - Kent Rail Strategy (31-60)',
      'C1 Performance Dashboard (61-80)',
      'D1 23/00110 - Decisions taken outside the Cabinet Committee meeting cycle (87-90)',
    ]);
    expect(sheet.items.find((i) => i.number === 'B1')?.reference).toBe('24/00019');
  });

  it('reads "(Item B1)" under a minute as the agenda item it records', () => {
    const minutes = parseFrontSheet([
      [
        'ENVIRONMENT AND TRANSPORT CABINET COMMITTEE',
        'MINUTES of a meeting of the Environment and Transport Cabinet Committee held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 14 March 2024.',
        'PRESENT: Mr A R Hills (Chair) and Mr C Simkins',
        'UNRESTRICTED ITEMS',
        '61. Apologies and Substitutes',
        '(Item A2)',
        'Apologies were received from Mr Baldock.',
        '62. 24/00019 - Highways Term Maintenance Contract extension',
        '(Item B1)',
        'RESOLVED that the proposed decision be endorsed.',
      ],
    ]);
    expect(minutes.kind).toBe('minutes');
    expect(minutes.items.map((i) => `${i.number} (item ${i.agendaItem}) ${i.title}`)).toEqual([
      '61 (item A2) Apologies and Substitutes',
      '62 (item B1) 24/00019 - Highways Term Maintenance Contract extension',
    ]);
  });
});

