// Reading the Edge of Care scoping report (item 6a of the Staffordshire pack, PDF pages
// 105-108) and the committee's membership from the front sheet, from the app's page lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractMembership } from '../../../shared/questions/membership';
import { extractScoping, isScopingItem, type ScopingExtract } from '../../../shared/questions/scopingReport';
import { packLines, SCOPING_PAGES } from './fixtures';

let extract: ScopingExtract;
let frontSheet: string[][];

beforeAll(async () => {
  const pages = await packLines(SCOPING_PAGES);
  extract = extractScoping(
    pages.map((lines, i) => ({ pdfPage: SCOPING_PAGES[i]!, lines })),
    'Edge of Care',
  );
  frontSheet = await packLines([1, 2]);
});

describe('the Edge of Care scoping report', () => {
  it('names the review', () => {
    expect(extract.title).toBe('Children’s services for children on the edge of care');
  });

  it('finds the objective in the scope', () => {
    expect(extract.objective).toBe('To understand why children are entering care in Staffordshire.');
  });

  it('lists the six key objectives, each whole across line and page breaks', () => {
    expect(extract.keyObjectives).toEqual([
      'To understand why children are coming into care in Staffordshire',
      'To understand how children coming into care is managed in Staffordshire, including current and anticipated future demand on the service, impact on children and families and financial impact',
      'To examine the current mechanisms that the Council has in place to manage the numbers of children coming into care',
      'To review what mechanisms there are to manage children coming into care in other local authorities',
      'To learn about issues and challenges and how they are being managed',
      'To identify if any improvements can be made to our current arrangements',
    ]);
  });

  it('takes the lines of enquiry from the scope, as the report leaves its own section to the working group', () => {
    expect(extract.linesSource).toBe('scope');
    expect(extract.linesOfEnquiry).toEqual([
      'To understand what work is being done by the Council and partners to impact on the numbers entering care',
      'To consider the current mechanisms that the Council has in place to prevent children coming into care referred to as children ‘on the cusp of care’ and to make recommendations',
    ]);
  });

  it('suggests the officers it names for interview', () => {
    expect(extract.witnesses).toEqual([
      { name: 'Caroline Dunn', role: '', organisation: 'Independent Reviewing Officer Service' },
      { name: 'Claire Cartwright', role: '', organisation: 'Independent Reviewing Officer Service' },
      { name: 'Vonni Gordon', role: '', organisation: 'Accommodation Panel' },
      { name: 'Deborah Ramsdale', role: '', organisation: 'Independent Placements Overview Panel' },
      { name: 'Sarah Rivers', role: 'Head of the Virtual School', organisation: '' },
      { name: 'Liz Kelay', role: '', organisation: '' },
    ]);
  });

  it('recognises scoping reports by their agenda titles', () => {
    expect(isScopingItem('Edge of Care - Scoping Report')).toBe(true);
    expect(isScopingItem('Scoping document: School transport review')).toBe(true);
    expect(isScopingItem('Draft terms of reference for the review of home to school transport')).toBe(true);
    expect(isScopingItem('Work Programme')).toBe(false);
  });
});

describe('a scoping report with its own lists', () => {
  it('reads bulleted objectives and lines of enquiry under their headings', () => {
    const lines = [
      'Scrutiny Review of Home to School Transport – Scoping Report',
      'Objectives',
      '1. The objectives of the review are:',
      '• To examine the cost of transport for pupils with special educational needs',
      '• To compare our policy with neighbouring authorities;',
      'Key Lines of Enquiry',
      '• How is eligibility assessed and by whom?',
      '• What has been the effect of the 2016 policy change on families in rural areas, and',
      'what did the consultation say?',
      'Witnesses',
      '2. Cabinet Member for Education.',
    ];
    const found = extractScoping([{ pdfPage: 1, lines }]);
    expect(found.title).toBe('Home to School Transport');
    expect(found.keyObjectives).toEqual(['To examine the cost of transport for pupils with special educational needs', 'To compare our policy with neighbouring authorities']);
    expect(found.linesSource).toBe('section');
    expect(found.linesOfEnquiry).toEqual([
      'How is eligibility assessed and by whom?',
      'What has been the effect of the 2016 policy change on families in rural areas, and what did the consultation say?',
    ]);
  });

  it('finds nothing rather than guessing when a report has no such sections', () => {
    const found = extractScoping([{ pdfPage: 1, lines: ['Annual Report 2016', 'Foreword', 'It has been a good year.'] }], 'Annual report');
    expect(found).toMatchObject({ title: 'Annual report', objective: '', keyObjectives: [], linesOfEnquiry: [], linesSource: 'none', witnesses: [] });
  });
});

describe('committee membership', () => {
  it('reads the members and their roles from the Staffordshire front sheet', () => {
    expect(extractMembership(frontSheet)).toEqual([
      { name: 'John Francis', role: 'Chairman' },
      { name: 'Kyle Robinson', role: '' },
      { name: 'Syed Hussain', role: '' },
      { name: 'Paul Snape', role: '' },
      { name: 'Trevor Johnson', role: '' },
      { name: 'Conor Wileman', role: 'Vice-Chairman' },
      { name: 'Jason Jones', role: '' },
      { name: 'Victoria Wilson', role: '' },
      { name: 'Natasha Pullen', role: '' },
      { name: 'Mike Worthington', role: '' },
    ]);
  });

  it('drops titles and finds nothing without a membership heading', () => {
    expect(extractMembership([['Membership', 'Councillor Anne de Vries (Chair), Cllr Tom Lee', 'Contact: Democratic Services']])).toEqual([
      { name: 'Anne de Vries', role: 'Chair' },
      { name: 'Tom Lee', role: '' },
    ]);
    expect(extractMembership([['Agenda', '1. Apologies']])).toEqual([]);
  });
});
