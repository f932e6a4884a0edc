// Single reports (no front sheet): never an agenda, never invented items, header read only where it is clear.
import { describe, expect, it } from 'vitest';
import { mapPrintedPages, parseFrontSheet } from '../../../shared/agenda';
import { loadPages } from './fixtures';

describe.each([
  // Numbered "Purpose of this report" / "RECOMMENDATIONS" paragraphs 1, 2, 1, 2, 3...
  ['central-beds-report.raw.txt', 5],
  // Recommendation numbers 2.1, 2.2, 4.2.1 and a response table.
  ['herts-executive-response.raw.txt', 2],
  // "7f." item number of the committee it went to, then "1. Summary", "2. Details"...
  ['three-rivers-item-7f.raw.txt', 7],
  // A contents page of numbered chapters with "Page 4", "Pages 9-10" references.
  ['hscb-annual-report.raw.txt', 18],
] as const)('%s', (file, pageCount) => {
  const pages = loadPages(file);

  it('is a report with no agenda items', () => {
    const sheet = parseFrontSheet(pages);
    expect(sheet.kind).toBe('report');
    expect(sheet.items).toEqual([]);
    expect(sheet.frontSheetPages).toBe(0);
  });

  it('has its "Page N" stamps mapped one to one', () => {
    const map = mapPrintedPages(pages);
    expect(pages).toHaveLength(pageCount);
    expect(map.labels).toEqual(Array.from({ length: pageCount }, (_, i) => String(i + 1)));
  });
});

describe('report headers', () => {
  it('reads the committee and meeting date printed at the top of a report', () => {
    expect(parseFrontSheet(loadPages('central-beds-report.raw.txt'))).toMatchObject({
      committee: 'Overview and Scrutiny Committee',
      date: '2017-03-14',
    });
    expect(parseFrontSheet(loadPages('three-rivers-item-7f.raw.txt'))).toMatchObject({
      committee: 'Executive Committee',
      date: '2012-12-03',
    });
  });

  it('leaves the header empty when no committee line sits with a date', () => {
    for (const file of ['herts-executive-response.raw.txt', 'hscb-annual-report.raw.txt']) {
      const sheet = parseFrontSheet(loadPages(file));
      expect(sheet.committee).toBeUndefined();
      expect(sheet.date).toBeUndefined();
      expect(sheet.time).toBeUndefined();
      expect(sheet.venue).toBeUndefined();
    }
  });

  it('does not take a report headed "Agenda Item 5" for an agenda', () => {
    const sheet = parseFrontSheet([
      [
        'Agenda Item 5',
        "Report of the Director of Children's Services",
        'Cabinet',
        '17 October 2017',
        '1. Purpose of report',
        '1.1 To update Cabinet on the sufficiency strategy.',
        '2. Recommendations',
        '3. Background',
        '4. Apologies and declarations of interest received at the consultation events',
        '5. Minutes of the consultation meetings are attached',
      ],
    ]);
    expect(sheet).toMatchObject({ kind: 'report', items: [], committee: 'Cabinet', date: '2017-10-17' });
  });

  it('does not take an unstamped report with numbered sections for an agenda', () => {
    const sheet = parseFrontSheet([
      [
        'Report to: Cabinet',
        'Date of meeting: 17 October 2017',
        'Subject: Highways Maintenance Contract',
        '1. Purpose of report',
        '1.1 To seek approval to extend the highways maintenance contract.',
        '2. Recommendations',
        '2.1 That Cabinet approves the extension.',
        '3. Background',
        '4. Options considered',
        '5. Financial implications',
      ],
      ['6. Legal implications', '7. Risk management', 'Contact officer: J Smith'],
    ]);
    expect(sheet.kind).toBe('report');
    expect(sheet.items).toEqual([]);
  });

  it('titles a record of decision by its "Subject Matter / Title of Decision", not by the member taking it', () => {
    const decision = [
      'KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION',
      'DECISION TO BE TAKEN BY: DECISION NO:',
      'Neil Baker, 24/00019',
      'Cabinet Member for Highways and Transport',
      'For publication Yes',
      'Key decision: YES',
      'Subject Matter / Title of Decision: Highways Term Maintenance Contract extension',
      'Decision: As Cabinet Member for Highways and Transport, I agree to extend the contract for two years.',
    ];
    expect(parseFrontSheet([decision])).toMatchObject({ kind: 'report', reportTitle: 'Highways Term Maintenance Contract extension' });
    // The label read before its value, as a two-column table can come out.
    const labelFirst = ['From: Neil Baker, Cabinet Member for Highways and Transport', 'Subject:', 'Highways Term Maintenance Contract extension', 'Classification: Unrestricted'];
    expect(parseFrontSheet([labelFirst]).reportTitle).toBe('Highways Term Maintenance Contract extension');
  });

  it('reads the decision a report or record of decision is about, from "Decision no:" or its title, not from prose', () => {
    const record = ['KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION', 'DECISION TO BE TAKEN BY: DECISION NO:', 'Neil Baker, 24/00019', 'Subject Matter / Title of Decision: Highways Term Maintenance Contract extension'];
    expect(parseFrontSheet([record]).reportReference).toBe('24/00019');
    const report = ['From: Peter Oakford, Cabinet Member for Finance', 'To: Cabinet – 30 January 2025', 'Subject: 24/00116 - Draft Capital Programme 2025-35', 'Classification: Unrestricted'];
    expect(parseFrontSheet([report]).reportReference).toBe('24/00116');
    const prose = ['Review of Parking Charges', 'Report of the Head of Transport', 'The decision no longer applies after the review of', '01/04/2024 charges.'];
    expect(parseFrontSheet([prose]).reportReference).toBeUndefined();
  });
});

