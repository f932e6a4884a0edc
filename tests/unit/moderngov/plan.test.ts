// Which documents of a meeting are downloaded, which are listed as exempt, and what a
// fetched document means for the library.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODERNGOV_DIR } from '../../fixtures/paths.mjs';
import { decideDownload, parseMeeting, planDocuments, type PackLink } from '../../../shared/moderngov';

const base = 'https://democracy.manchester.gov.uk';
const xml = readFileSync(`${MODERNGOV_DIR}meeting_with_minutes.xml`, 'utf8');
const packs: PackLink[] = [
  { kind: 'frontsheet', title: 'Agenda frontsheet', text: 'Agenda frontsheet', url: `${base}/documents/g4967/Agenda%20frontsheet.pdf?T=0` },
  { kind: 'pack', title: 'Public reports pack', text: 'Public reports pack', url: `${base}/documents/g4967/Public%20reports%20pack.pdf?T=10` },
  { kind: 'supplement', title: 'Supplementary Agenda', text: 'Supplementary Agenda', url: `${base}/documents/g4967/Supplementary%20Agenda.pdf?T=9` },
  { kind: 'minutes', title: 'Printed minutes', text: 'Printed minutes', url: `${base}/documents/g4967/Printed%20minutes.pdf?T=1` },
];

describe('planDocuments', () => {
  it('downloads the packs then each linked report, keyed by path or attachment', () => {
    const plan = planDocuments(base, parseMeeting(xml), packs);
    expect(plan.map(({ key, title, kind, itemNumber, skipped }) => ({ key, title, kind, itemNumber, skipped }))).toEqual([
      { key: 'pack:/documents/g4967/agenda%20frontsheet.pdf', title: 'Agenda frontsheet', kind: 'frontsheet', itemNumber: undefined, skipped: undefined },
      { key: 'pack:/documents/g4967/public%20reports%20pack.pdf', title: 'Public reports pack', kind: 'pack', itemNumber: undefined, skipped: undefined },
      { key: 'pack:/documents/g4967/supplementary%20agenda.pdf', title: 'Supplementary Agenda', kind: 'supplement', itemNumber: undefined, skipped: undefined },
      { key: 'attachment:60860', title: '6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025', kind: 'report', itemNumber: '1', skipped: undefined },
      { key: 'attachment:60909', title: 'DRAFT WP FEBRUARY 2026', kind: 'report', itemNumber: '9', skipped: undefined },
    ]);
  });

  it('lists restricted documents and items as exempt, with the reason, and a document linked twice once', () => {
    const restricted = xml
      .replace(/(<attachmentid>60909<\/attachmentid>[\s\S]*?)<isrestricted>False<\/isrestricted>/, '$1<isrestricted>True</isrestricted>')
      .replace(/<attachmentid>60909<\/attachmentid>/, '<attachmentid>60860</attachmentid>');
    const plan = planDocuments(base, parseMeeting(restricted), []);
    expect(plan).toHaveLength(1);
    const item = parseMeeting(xml.replace(/(<agendaitemid>18833<\/agendaitemid>[\s\S]*?<isdisplayallowed>True<\/isdisplayallowed>)/, (m) => m.replace('<isrestricted>False</isrestricted>', '<isrestricted>True</isrestricted>')));
    const exempt = planDocuments(base, item, []).find((doc) => doc.key === 'attachment:60909');
    expect(exempt?.skipped).toMatchObject({ label: 'Exempt', reason: expect.stringMatching(/signed-in members/) });
  });

  it('downloads nothing of a cancelled meeting', () => {
    const cancelled = parseMeeting(xml.replace('<meetingstatus>Confirmed</meetingstatus>', '<meetingstatus>Cancelled</meetingstatus>'));
    expect(planDocuments(base, cancelled, packs).every((doc) => doc.skipped?.label === 'Cancelled')).toBe(true);
  });
});

describe('decideDownload', () => {
  const known = { hash: 'aaa', documentId: 'doc-1' };
  it('stores a first download, ignores the same bytes, makes new bytes the next version', () => {
    expect(decideDownload(undefined, { hash: 'aaa' })).toEqual({ action: 'store' });
    expect(decideDownload(known, { hash: 'aaa' })).toEqual({ action: 'unchanged' });
    expect(decideDownload(known, { notModified: true })).toEqual({ action: 'unchanged' });
    expect(decideDownload(known, { hash: 'bbb' })).toEqual({ action: 'store', revisionOf: 'doc-1' });
  });
});
