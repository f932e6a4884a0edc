// Titles from content: meeting and part for agendas and minutes, a report's own title, metadata only when it means something.
import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../shared/agenda';
import { meaningfulMetadataTitle } from '../../../shared/agenda/documentTitle';

const CABINET = { committee: 'Cabinet', date: '2023-03-04', fileName: 'Agenda frontsheet 04th-Mar-2023 10.00 Cabinet.pdf' };

describe('documentTitle', () => {
  it('names agendas, packs, supplements and minutes by their meeting', () => {
    expect(documentTitle({ ...CABINET, kind: 'agenda', role: 'front sheet', metadataTitle: 'Agenda Template' })).toBe('Cabinet, 4 March 2023: Agenda');
    expect(documentTitle({ ...CABINET, kind: 'agenda', role: 'pack' })).toBe('Cabinet, 4 March 2023: Reports pack');
    expect(documentTitle({ ...CABINET, kind: 'agenda', role: 'supplement', itemNumbers: ['7'] })).toBe('Cabinet, 4 March 2023: Supplement (item 7)');
    expect(documentTitle({ ...CABINET, kind: 'agenda', role: 'supplement', itemNumbers: ['7', '8', '9'] })).toBe('Cabinet, 4 March 2023: Supplement (items 7, 8 and 9)');
    expect(documentTitle({ ...CABINET, kind: 'minutes', metadataTitle: 'Minutes' })).toBe('Cabinet, 4 March 2023: Minutes');
  });

  it('names a report by its own title, else by a meaningful metadata title, else by its file name', () => {
    expect(documentTitle({ kind: 'report', reportTitle: 'Treasury Management Update – Quarter 2', metadataTitle: 'THE REPORT', fileName: 'x.pdf' })).toBe('Treasury Management Update – Quarter 2');
    expect(documentTitle({ kind: 'report', metadataTitle: 'Executive Decision', fileName: 'Decision 23-00456.pdf' })).toBe('Decision 23-00456');
    expect(documentTitle({ kind: 'report', metadataTitle: 'Highways Term Maintenance Contract', fileName: 'report.pdf' })).toBe('Highways Term Maintenance Contract');
  });

  it('ignores the titles templates leave behind', () => {
    for (const title of ['Agenda Template', 'THE REPORT', 'Minutes', 'Executive Decision', 'Microsoft Word - report.docx', 'Document1']) expect(meaningfulMetadataTitle(title), title).toBeUndefined();
    expect(meaningfulMetadataTitle('Budget Monitoring 2023-24')).toBe('Budget Monitoring 2023-24');
  });
});
