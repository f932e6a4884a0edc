// Lines rebuilt from pdf.js text content read as the page does.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { textLines } from '../../../shared/pdf/textLines';
import { PACK } from '../../fixtures/paths.mjs';

async function pageLines(pageNumbers: number[]): Promise<string[][]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(PACK)), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const result: string[][] = [];
    for (const n of pageNumbers) result.push(textLines((await (await pdf.getPage(n)).getTextContent()).items));
    return result;
  } finally {
    await task.destroy();
  }
}

describe('textLines', () => {
  it('rebuilds the front sheet of the Staffordshire pack line by line', async () => {
    const [front] = await pageLines([1]);
    expect(front).toContain('Safe and Strong Communities Select Committee');
    expect(front).toContain('Tuesday, 26 September 2017 2.00 pm Oak Room, County Buildings, Stafford');
    expect(front).toContain('2. Declarations of Interest');
    expect(front).toContain('(Pages 7 - 38)');
    expect(front!.indexOf('AGENDA')).toBeLessThan(front!.indexOf('1. Apologies'));
  });

  it('keeps superscripts on their line and reads the page stamp at the foot', async () => {
    const [minutes, report] = await pageLines([3, 41]);
    expect(minutes!.at(-1)).toBe('Page 1');
    expect(report).toContain('Safe and Strong Communities Select Committee – 26th September 2017');
  });

  it('splits on baseline changes even without end-of-line markers', () => {
    const run = (str: string, x: number, y: number, hasEOL = false) => ({ str, transform: [1, 0, 0, 1, x, y], width: str.length * 5, height: 10, hasEOL });
    expect(textLines([run('Agenda', 50, 700), run('Item', 50, 680), run('one', 80, 680)])).toEqual(['Agenda', 'Item one']);
    expect(textLines([run('a', 50, 700, true), { type: 'beginMarkedContent' }, run('b', 50, 700)])).toEqual(['a', 'b']);
  });
});
