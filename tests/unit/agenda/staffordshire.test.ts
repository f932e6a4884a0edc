// The real Staffordshire select committee pack (and its revised edition): front sheet, items, page mapping.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { textLines } from '../../../shared/pdf/textLines';
import { describe, expect, it } from 'vitest';
import {
  attachPdfPages,
  currentItemAt,
  mapPrintedPages,
  parseFrontSheet,
  type AgendaItem,
} from '../../../shared/agenda';
import { PACK } from '../../fixtures/paths.mjs';
import { loadPages } from './fixtures';

const byNumber = (items: readonly AgendaItem[], n: string) => {
  const item = items.find((i) => i.number === n);
  if (!item) throw new Error(`no item ${n} in ${items.map((i) => i.number).join(', ')}`);
  return item;
};

function expectStaffordshireHeader(sheet: ReturnType<typeof parseFrontSheet>) {
  expect(sheet.kind).toBe('agenda');
  expect(sheet.committee).toBe('Safe and Strong Communities Select Committee');
  expect(sheet.date).toBe('2017-09-26');
  expect(sheet.time).toBe('2.00 pm');
  expect(sheet.time24).toBe('14:00');
  expect(sheet.venue).toBe('Oak Room, County Buildings, Stafford');
  expect(sheet.frontSheetPages).toBe(2);
}

function expectStaffordshireItems(items: readonly AgendaItem[], shift: 0 | 1) {
  // Exactly the agenda: no minute numbers from the minutes on PDF page 3, no report paragraphs.
  expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '4a', '5', '6', '6a', '7']);
  expect(byNumber(items, '1').title).toBe('Apologies');
  expect(byNumber(items, '2').title).toBe('Declarations of Interest');
  expect(byNumber(items, '3')).toMatchObject({ title: 'Minutes of the previous meeting held on 13 July 2017', pages: { from: 1, to: 6 } });
  expect(byNumber(items, '4')).toMatchObject({
    title: 'Child Sexual Exploitation (CSE) in Staffordshire, to include progress against the CSAF Action Plan and information regarding Revenge Porn & Sexting',
    pages: { from: 7, to: 38 + shift },
    reportOf: 'Report of the Cabinet Member for Children and Young People',
  });
  expect(byNumber(items, '4a')).toMatchObject({ parent: '4', title: '‘For the whole world to see’ DVD on sexting' });
  expect(byNumber(items, '4a').pages).toBeUndefined();
  // The title's last word is printed after item 6's heading; it belongs to item 5.
  expect(byNumber(items, '5')).toMatchObject({
    title: 'Cabinet Response: Preventing Low Level Neglect of Children in Staffordshire’',
    pages: { from: 39 + shift, to: 77 + shift },
  });
  expect(byNumber(items, '5').reportOf).toBeUndefined();
  expect(byNumber(items, '6')).toMatchObject({
    title: 'Work Programme',
    pages: { from: 78 + shift, to: 102 + shift },
    reportOf: 'Report of the Scrutiny and Support Manager',
  });
  expect(byNumber(items, '6a')).toMatchObject({ parent: '6', title: 'Edge of Care - Scoping Report', pages: { from: 103 + shift, to: 106 + shift } });
  // The exclusion motion is public business; its wording is not part of the title. Part Two is empty ("nil").
  expect(byNumber(items, '7')).toMatchObject({ title: 'Exclusion of the Public', exempt: false });
  expect(items.every((i) => !i.exempt && !i.supplement)).toBe(true);
}

describe('Staffordshire pack, 26 September 2017 (pdftotext -raw lines)', () => {
  const pages = loadPages('staffordshire-pack.raw.txt');

  it('has all 108 pages in the fixture', () => {
    expect(pages).toHaveLength(108);
  });

  it('reads the meeting header from the unnumbered front sheet', () => {
    expectStaffordshireHeader(parseFrontSheet(pages));
  });

  it('reads every agenda item, sub-item, range and "Report of" line', () => {
    expectStaffordshireItems(parseFrontSheet(pages).items, 0);
  });

  it('maps printed page stamps to PDF pages across the whole pack', () => {
    const map = mapPrintedPages(pages);
    expect(map.labels.slice(0, 3)).toEqual([undefined, undefined, '1']);
    expect(map.printedToPdf('39')).toBe(41);
    expect(map.pdfToPrinted(41)).toBe('39');
    expect(map.printedToPdf('1')).toBe(3);
    expect(map.printedToPdf('106')).toBe(108);
    expect(map.pdfToPrinted(1)).toBeUndefined();
    // Every report page carries its own stamp: nothing had to be inferred.
    expect(map.labels.filter((l) => l !== undefined)).toHaveLength(106);
    expect(map.sources.every((s) => s !== 'gap')).toBe(true);
  });

  it('places each item in the PDF and highlights the right item while scrolling', () => {
    const map = mapPrintedPages(pages);
    const items = attachPdfPages(parseFrontSheet(pages, map).items, map);
    expect(byNumber(items, '3')).toMatchObject({ pdfFrom: 3, pdfTo: 8 });
    expect(byNumber(items, '4')).toMatchObject({ pdfFrom: 9, pdfTo: 40 });
    expect(byNumber(items, '5')).toMatchObject({ pdfFrom: 41, pdfTo: 79 });
    expect(byNumber(items, '6a')).toMatchObject({ pdfFrom: 105, pdfTo: 108 });
    expect(currentItemAt(items, 1)).toBeUndefined();
    expect(currentItemAt(items, 41)?.number).toBe('5');
    expect(currentItemAt(items, 104)?.number).toBe('6');
    expect(currentItemAt(items, 105)?.number).toBe('6a');
  });

  it('gives the same result from pdftotext -layout lines (indentation, blank lines)', () => {
    const layout = loadPages('staffordshire-frontsheet.layout.txt');
    const sheet = parseFrontSheet([...layout, ...pages.slice(2)]);
    expectStaffordshireHeader(sheet);
    expectStaffordshireItems(sheet.items, 0);
  });
});

describe('Staffordshire pack, revised edition (item 4 grew by a page)', () => {
  const pages = loadPages('staffordshire-pack-revised.raw.txt');

  it('reads the shifted ranges: item 5 is now pages 40-78', () => {
    const sheet = parseFrontSheet(pages);
    expectStaffordshireHeader(sheet);
    expectStaffordshireItems(sheet.items, 1);
  });

  it('maps the shifted stamps', () => {
    const map = mapPrintedPages(pages);
    expect(map.labels).toHaveLength(109);
    expect(map.printedToPdf('40')).toBe(42);
    expect(map.printedToPdf('107')).toBe(109);
    const items = attachPdfPages(parseFrontSheet(pages, map).items, map);
    expect(byNumber(items, '5')).toMatchObject({ pdfFrom: 42, pdfTo: 80 });
  });
});

describe('Staffordshire pack through pdf.js text extraction', () => {
  it('builds lines from TextContent items that parse to the same front sheet and mapping', async () => {
    const data = new Uint8Array(readFileSync(PACK));
    const task = getDocument({ data, verbosity: 0 });
    const doc = await task.promise;
    try {
      const pages: string[][] = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const content = await (await doc.getPage(p)).getTextContent();
        pages.push(textLines(content.items));
      }
      const sheet = parseFrontSheet(pages);
      expectStaffordshireHeader(sheet);
      expectStaffordshireItems(sheet.items, 0);
      expect(mapPrintedPages(pages).printedToPdf('39')).toBe(41);
    } finally {
      await task.destroy();
    }
  }, 180_000);
});
