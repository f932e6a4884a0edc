// Layouts in the shapes real papers take (issue 12): decision references in titles, two-column
// headers, "To:" lines, reports with numbered paragraphs, minutes with preambles or no numbers,
// supplements' covering letters, column-spaced wraps, report bookmarks, blank last pages.
import { describe, expect, it } from 'vitest';
import { agendaFromOutline, mapPrintedPages, parseFrontSheet, type AgendaItem, type OutlineNode } from '../../../shared/agenda';
import { stampedPages } from './fixtures';

const summary = (items: readonly AgendaItem[]) => items.map((i) => `${i.number} ${i.title}`);
const page = (text: string) => text.trim().split('\n');

describe('front sheets', () => {
  const cabinet = [
    page(`
Public Document Pack
CABINET
Thursday, 2nd March, 2023, at 10.00 am Ask for: A Officer
Council Chamber, Civic Centre, Telephone: 03000 416000
Tannery Lane, Ashford
Membership (8)
A G E N D A
1. Apologies
2. Declarations of Interest
3. Minutes of the meeting held on 2 February 2023 (Pages 1 - 6)
4. Cabinet Member Updates
5. 23/00456 - Treasury Management Update – Quarter 2 (Pages 7 - 20)
6. 23/00457 - Capital Programme Monitoring 2022-23 (Pages 21 - 40)
7. 23/00458 - Highways Term Maintenance Contract (Pages 41 - 60)
8. 23/00459 - Adult Social Care Charging Policy (Pages 61 - 80)
9. Work Programme (Pages 81 - 84)
`),
    ...stampedPages(1, 84),
  ];

  it('keeps items whose titles begin with a decision reference, each on its own', () => {
    const sheet = parseFrontSheet(cabinet);
    expect(summary(sheet.items)).toEqual([
      '1 Apologies',
      '2 Declarations of Interest',
      '3 Minutes of the meeting held on 2 February 2023',
      '4 Cabinet Member Updates',
      '5 23/00456 - Treasury Management Update – Quarter 2',
      '6 23/00457 - Capital Programme Monitoring 2022-23',
      '7 23/00458 - Highways Term Maintenance Contract',
      '8 23/00459 - Adult Social Care Charging Policy',
      '9 Work Programme',
    ]);
    expect(sheet.items[4]).toMatchObject({ reference: '23/00456', pages: { from: 7, to: 20 } });
    expect(sheet.items[3]?.pages).toBeUndefined();
  });

  it('reads the meeting column of a two-column header, not the contact details beside it', () => {
    expect(parseFrontSheet(cabinet)).toMatchObject({
      kind: 'agenda',
      role: 'pack',
      committee: 'Cabinet',
      date: '2023-03-02',
      time: '10.00 am',
      venue: 'Council Chamber, Civic Centre, Tannery Lane, Ashford',
    });
  });

  it('finds the venue after an "(or on the rising of Full Council," line', () => {
    const sheet = parseFrontSheet([
      page(`
SCRUTINY COMMITTEE
Wednesday, 15th March, 2023, at 2.00 pm Ask for: B Officer
(or on the rising of Full Council, Telephone: 03000 416111
whichever is later)
Darent Room, Sessions House, County Hall, Maidstone
AGENDA
1. Apologies and Substitutes
2. Declarations of Interest
3. Call-in of decision 23/00456 (Pages 1 - 12)
`),
    ]);
    expect(sheet).toMatchObject({ kind: 'agenda', role: 'front sheet', committee: 'Scrutiny Committee', date: '2023-03-15', time: '2.00 pm', venue: 'Darent Room, Sessions House, County Hall, Maidstone' });
  });

  it('joins a title wrapped with column spacing, whatever the page width', () => {
    const text = (gap: string) =>
      page(`
County Council
Thursday, 9th March, 2023 at 10.00 am
Council Chamber, County Hall, Maidstone
AGENDA
1. Apologies for Absence
2. Declarations of Disclosable Pecuniary${gap}Interests${gap}or${gap}Other
Significant Interests in items on the agenda
3. Minutes of the meeting held on 9 February 2023 (Pages 1 - 10)
4. Questions
`);
    for (const gap of [' ', '   ']) {
      expect(summary(parseFrontSheet([text(gap)]).items)[1]).toBe('2 Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda');
    }
  });
});

describe('a wrapped title on a page with only two items', () => {
  it('is joined by the width of the list\'s title column', () => {
    const sheet = parseFrontSheet([
      page(`
County Council
An extraordinary meeting of the County Council will be held in the Council Chamber, County Hall,
Maidstone on Thursday, 9th March, 2023 at 10.00 am to deal with the following business.
A G E N D A
1. Apologies for Absence
2. Minutes of the meeting held on 9 February 2023 (Pages 1 - 10)
3. Questions from Members of the Council
`),
      page(`
4. Declarations of Disclosable Pecuniary Interests or Other
Significant Interests in items on the agenda
5. Treasury Management Strategy (Pages 11 - 30)
`),
    ]);
    expect(summary(sheet.items)[3]).toBe('4 Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda');
  });
});

describe('reports', () => {
  it('reads the meeting from "To:" lines in their usual forms', () => {
    const report = (to: string) =>
      parseFrontSheet([
        page(`
By: Peter Oakford, Deputy Leader and Cabinet Member for Finance
${to}
Subject: Treasury Management Update – Quarter 2
Classification: Unrestricted
Summary: This report sets out the council's treasury activity in the quarter.
1. Introduction
1.1 The council holds investments and borrowing as set out below.
2. Investments
2.1 Investment balances rose over the quarter.
3. Borrowing
`),
      ]);
    expect(report('To: Cabinet - 4 March 2023')).toMatchObject({ kind: 'report', committee: 'Cabinet', date: '2023-03-04', reportTitle: 'Treasury Management Update – Quarter 2', items: [] });
    expect(report('To: County Council – 9th January 2023')).toMatchObject({ committee: 'County Council', date: '2023-01-09' });
    expect(report('To: Scrutiny Committee, 13 March 2023')).toMatchObject({ committee: 'Scrutiny Committee', date: '2023-03-13' });
  });

  it('gives no agenda items for a call-in report with numbered paragraphs and lettered background documents', () => {
    const sheet = parseFrontSheet([
      page(`
From: Democratic Services Manager
To: Scrutiny Committee – 15 March 2023
Subject: Call-in of decision 23/00456 – Treasury Management
Classification: Unrestricted
1. Introduction
2. The decision was called in by Mr A and Mr B.
3. Apologies for the delay in publishing this report are recorded.
4. Members of the committee may ask questions of the Cabinet Member.
5. Minutes of the Cabinet meeting are attached.
6. Recommendations
7. Options available to the committee
Background documents
a) Cabinet report of 4 March 2023
b) Record of decision 23/00456
c) Call-in request
`),
    ]);
    expect(sheet.kind).toBe('report');
    expect(sheet.items).toEqual([]);
    expect(sheet).toMatchObject({ committee: 'Scrutiny Committee', date: '2023-03-15' });
  });

  it('gives no agenda items for a report whose numbered paragraphs are sentences, even without a From/To block', () => {
    const sheet = parseFrontSheet([
      page(`
Scrutiny Committee
Wednesday, 15 March 2023 at 10.00 am
Call-in of decision 23/00456
Contact Officer: A Officer, Democratic Services
1. Apologies for the delay are given; the decision was published on 1 March 2023.
2. The decision was called in by two Members on 6 March 2023 within the deadline.
3. Minutes of the Cabinet meeting that took the decision are attached for reference.
4. Members may question the Cabinet Member and officers at the meeting.
5. Recommendations
6. The committee may agree the decision or refer it back to the Cabinet Member.
Background documents
a) Cabinet report of 4 March 2023
b) Record of decision 23/00456
`),
    ]);
    expect(sheet.kind).toBe('report');
    expect(sheet.items).toEqual([]);
  });

  it('takes the date of a letter with no meeting named', () => {
    const sheet = parseFrontSheet([page(`
To: Leaders of all two-tier councils
Minister of State
2 Marsham Street
London
16 December 2024
Dear Leaders
The white paper published today sets out how we will deliver.
`)]);
    expect(sheet).toMatchObject({ kind: 'report', documentDate: '2024-12-16' });
    expect(sheet.committee).toBeUndefined();
  });

  it('never turns a report\'s section bookmarks into agenda items; an appendix stays under its item', () => {
    const node = (title: string, pdfPage: number, children: OutlineNode[] = []): OutlineNode => ({ title, pdfPage, children });
    expect(agendaFromOutline([node('1.\tBackground', 1), node('9.\tBackground Documents', 8)], 8)).toEqual([]);
    const pack = agendaFromOutline(
      [node('Agenda', 1), node('7 23/00109 - Highways Contract', 3, [node('1. Introduction', 3), node('Appendix A - Contract Terms', 15)]), node('7 Appendix B - Costs', 19)],
      22,
    );
    expect(pack.filter((item) => item.number).map((item) => item.number)).toEqual(['7']);
    expect(pack.find((item) => item.number === '7')?.title).toBe('23/00109 - Highways Contract');
    expect(pack.filter((item) => /Appendix/.test(item.title)).every((item) => item.parent === '7' && item.number === '')).toBe(true);
  });
});

describe('minutes', () => {
  it('reads minutes numbered after an unnumbered preamble, with wrapped titles and "(Item N)"', () => {
    const sheet = parseFrontSheet([
      page(`
CABINET
MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County
Hall, Maidstone on Thursday, 4 March 2023.
PRESENT: Mr R Gough (Chairman), Mr P Oakford, Mrs C Bell
UNRESTRICTED ITEMS
Election of Chair
1. Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected
to Chair the meeting. No other nominations were received.
2. RESOLVED that Mr Cooke be elected to Chair the meeting.
87. Apologies for Absence
(Item 1)
Apologies were received from Mr Hills.
88. 23/00456 - Treasury Management Update – Quarter 2 and Prudential
Indicators for 2023-24
(Item 5)
1) The Cabinet Member introduced the report which he said showed a stable position across
the portfolio.
2) RESOLVED that the report be noted.
89. Work Programme
(Item 9)
The work programme was noted.
`),
    ]);
    expect(sheet).toMatchObject({ kind: 'minutes', committee: 'Cabinet', date: '2023-03-04', venue: 'Council Chamber, Sessions House, County Hall, Maidstone' });
    expect(sheet.items.map((i) => [i.number, i.title, i.agendaItem])).toEqual([
      ['87', 'Apologies for Absence', '1'],
      ['88', '23/00456 - Treasury Management Update – Quarter 2 and Prudential Indicators for 2023-24', '5'],
      ['89', 'Work Programme', '9'],
    ]);
  });

  it('takes the whole venue when its line is cut', () => {
    const sheet = parseFrontSheet([
      page(`
MINUTES of a meeting of the Scrutiny Committee held on Tuesday, 5 March 2023 in the Darent Room, Civic Centre, County
Hall, Maidstone.
PRESENT: Mr A (Chairman), Mr B
1. Apologies
None.
2. Minutes of the previous meeting
Agreed.
`),
    ]);
    expect(sheet).toMatchObject({ kind: 'minutes', date: '2023-03-05', venue: 'Darent Room, Civic Centre, County Hall, Maidstone' });
  });

  it('reads the headings of minutes that number nothing', () => {
    const sheet = parseFrontSheet([
      page(`
Minutes of a meeting of the Corporate Parenting Panel held on Wednesday, 8 March 2023 at 10.00 am in the Swale Room
Present: Mrs S Chandler (Chair), Mr A Brady, Ms K Constantine
Apologies for Absence
Apologies were received from Mr Dendor.
Minutes of the Meeting held on 11 January 2023
RESOLVED that the minutes be approved as a correct record.
Virtual School Kent Annual Report
The Head Teacher introduced the report, which set out attainment for the year.
Members asked about attendance and were told it had improved.
Work Programme
RESOLVED that the work programme be noted.
`),
    ]);
    expect(sheet.kind).toBe('minutes');
    expect(sheet.items.map((i) => i.title)).toEqual(['Apologies for Absence', 'Minutes of the Meeting held on 11 January 2023', 'Virtual School Kent Annual Report', 'Work Programme']);
  });
});

describe('supplement packs', () => {
  const supplement = [
    page(`
Ask for: A Officer
Date: 28 February 2023
Dear Member
CABINET - THURSDAY, 2 MARCH 2023
Please find enclosed the documents for the following items, which were not available when the main agenda was first published.
Agenda Item No
7 23/00109 - Highways Term Maintenance Contract (Pages 1 - 20)
Yours sincerely
`),
    ['This page is intentionally left blank'],
    ...stampedPages(1, 19),
    ['This page is intentionally left blank'],
  ];

  it('reads the covering letter, not the letter\'s own date, and leaves no number in the title', () => {
    const sheet = parseFrontSheet(supplement);
    expect(sheet).toMatchObject({ kind: 'agenda', role: 'supplement', committee: 'Cabinet', date: '2023-03-02', frontSheetPages: 2 });
    expect(sheet.items).toEqual([expect.objectContaining({ number: '7', title: '23/00109 - Highways Term Maintenance Contract', pages: { from: 1, to: 20 } })]);
  });

  it('numbers the unstamped blank page that ends the run, marked as inferred, so the range ends on it', () => {
    const map = mapPrintedPages(supplement);
    expect(map.printedToPdf('20')).toBe(supplement.length);
    expect(map.sources.at(-1)).toBe('end');
    // The blank page before the stamps starts is not numbered.
    expect(map.labels[1]).toBeUndefined();
  });
});
