// The Word export opens in LibreOffice: converted to PDF there, its text shows the
// questions in running order with their lead members. Needs LibreOffice (`soffice`,
// Debian package libreoffice-writer-nogui) and poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toDocx } from '../../../shared/questions/exportDocx';
import { buildExport } from '../../../shared/questions/exportModel';
import { question } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'scrutineer-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(): string {
  for (const candidate of [process.env.SOFFICE_PATH, 'soffice', 'libreoffice'].filter(Boolean) as string[]) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 60_000 });
      return candidate;
    } catch {
      // Try the next name.
    }
  }
  throw new Error('LibreOffice is needed for this test: install the Debian package libreoffice-writer-nogui (it provides `soffice`), or set SOFFICE_PATH.');
}

describe('Word export in LibreOffice', () => {
  it('converts to PDF with the questions in order and their lead members', { timeout: 300_000 }, async () => {
    const document = buildExport({
      list: { kind: 'meeting', title: 'Questions for the meeting' },
      meeting: { committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room, County Buildings, Stafford' },
      questions: [
        question({ text: 'What is the forecast overspend on looked after children this year?', leadMember: 'Kyle Robinson', forWhom: 'Cabinet Member for Children and Young People' }),
        question({ text: 'How many children came into care who were not previously known to the Council?', leadMember: 'Syed Hussain' }),
        question({ text: 'What has Breathing Space achieved, and how is that measured?', leadMember: 'Paul Snape' }),
      ],
    });
    const docx = join(dir, 'questions.docx');
    writeFileSync(docx, await toDocx(document));
    execFileSync(soffice(), [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 240_000 });
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'questions.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const needles = [
      'Safe and Strong Communities Select Committee',
      '1. What is the forecast overspend on looked after children this year?',
      'Lead member: Kyle Robinson',
      'For: Cabinet Member for Children and Young People',
      '2. How many children came into care who were not previously known to the Council?',
      'Lead member: Syed Hussain',
      '3. What has Breathing Space achieved, and how is that measured?',
      'Lead member: Paul Snape',
    ];
    let from = 0;
    for (const needle of needles) {
      const at = text.indexOf(needle, from);
      expect(at, `"${needle}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(0);
      from = at + needle.length;
    }
  });
});
