// Papers in a county council's shapes (tests/fixtures/pdf/shapes/), read through pdf.js as the
// structure worker reads them: lettered sections, minutes after a blank first page, a record of decision.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../renderer/meetings/analyseDocument';
import { textLines } from '../../../shared/pdf/textLines';
import { SHAPES_DIR } from '../../fixtures/paths.mjs';

async function analyse(file: string) {
  const task = getDocument({ data: new Uint8Array(readFileSync(SHAPES_DIR + file)), verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[][] = [];
    for (let p = 1; p <= doc.numPages; p++) pages.push(textLines((await (await doc.getPage(p)).getTextContent()).items));
    return analyseDocument(pages);
  } finally {
    await task.destroy();
  }
}

describe('papers in a county council’s shapes, through pdf.js', () => {
  it('reads a cabinet committee agenda in lettered sections', async () => {
    const structure = await analyse('cabinet-committee-agenda.pdf');
    expect(structure).toMatchObject({ kind: 'agenda', committee: 'Environment and Transport Cabinet Committee', date: '2024-03-14', venue: 'Council Chamber, Sessions House, County Hall, Maidstone' });
    expect(structure.items.map((item) => item.number)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'C1', 'C2', 'D1']);
    expect(structure.items.find((item) => item.number === 'B1')).toMatchObject({ title: '24/00019 - Highways Term Maintenance Contract extension', reference: '24/00019', pages: { from: 11, to: 30 } });
  });

  it('reads minutes whose first page is blank, with the agenda item of each minute', async () => {
    const structure = await analyse('scrutiny-minutes.pdf');
    expect(structure).toMatchObject({ kind: 'minutes', committee: 'Scrutiny Committee', date: '2024-03-13', venue: 'Darent Room, Sessions House, County Hall, Maidstone' });
    expect(structure.items.map((item) => `${item.number} (item ${item.agendaItem})`)).toEqual(['42 (item 1)', '43 (item 3)', '44 (item 4)', '45 (item 5)', '46 (item 6)']);
  });

  it('titles a record of decision by its subject and reads its decision number', async () => {
    const structure = await analyse('record-of-decision.pdf');
    expect(structure).toMatchObject({ kind: 'report', reportTitle: 'Highways Term Maintenance Contract extension', reportReference: '24/00019' });
    expect(structure.items).toEqual([]);
  });
});
