// Glossary extraction on the seed papers: the forms councils use, and precision and recall
// against the acronyms a careful reader finds (tests/fixtures/glossary/seed-acronyms.json).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { termsOfDocument, termsOnPage } from '../../../shared/glossary/extract';
import { buildGlossary, glossaryCsv, glossaryMarkdown } from '../../../shared/glossary/entries';
import { FIXTURE_DIR } from '../../fixtures/paths.mjs';
import { scoreGlossary } from './score';

const seeds = `${FIXTURE_DIR}seeds/`;
const expected = JSON.parse(readFileSync(`${FIXTURE_DIR}glossary/seed-acronyms.json`, 'utf8')) as { acronyms: Record<string, string[]> };

function seedTerms() {
  return readdirSync(seeds).flatMap((file) => termsOfDocument(readFileSync(`${seeds}${file}`, 'utf8').split('\f').map((text, index) => ({ page: index + 1, lines: text.split('\n') }))));
}

describe('glossary extraction', () => {
  it('reads the three ways papers define an acronym', () => {
    const terms = termsOnPage(['Child Sexual Exploitation (CSE) is rising.', 'CSAF – Child Sexual Abuse Forum met in May.', 'Referrals to the Multi-Agency Safeguarding Hub (MASH) doubled.', 'LAC\tLooked After Children'], 3);
    expect(terms.map((t) => `${t.acronym}=${t.expansion}@${t.page}`)).toEqual(
      expect.arrayContaining(['CSE=Child Sexual Exploitation@3', 'CSAF=Child Sexual Abuse Forum@3', 'MASH=Multi-Agency Safeguarding Hub@3', 'LAC=Looked After Children@3']),
    );
  });

  it('does not take brackets that are not acronyms defined', () => {
    expect(termsOnPage(['The report (see Appendix 2) was noted (2016).', 'Schools (SCC) supplied figures.'], 1)).toEqual([]);
  });

  it('finds the acronyms a careful reader finds in the seeds, precisely', () => {
    const score = scoreGlossary(seedTerms(), expected.acronyms);
    console.info(`glossary on the seeds: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.found} found, ${score.expected} expected; missed ${score.missed.join(', ')}; wrong ${score.wrong.map((t) => `${t.acronym}=${t.expansion}`).join('; ')})`);
    expect(score.recall).toBeGreaterThan(0.9);
    expect(score.precision).toBeGreaterThan(0.9);
  });
});

describe('glossary entries', () => {
  const source = (title: string, page: number) => ({ documentId: title, title, page, pageName: `Page ${page}` });
  it('shows one acronym’s different meanings each with its source, and applies corrections and hidden entries', () => {
    const entries = buildGlossary(
      [
        { acronym: 'CSE', expansion: 'Child Sexual Exploitation', source: source('Pack', 4) },
        { acronym: 'CSE', expansion: 'Certificate of Secondary Education', source: source('Schools report', 2) },
        { acronym: 'LAC', expansion: 'looked after children', source: source('Pack', 9) },
        { acronym: 'PCR', expansion: 'Partnership case review', source: source('Annual report', 7) },
      ],
      [
        { id: '1', acronym: 'LAC', expansion: 'Looked After Children', action: 'correct', original: 'looked after children' },
        { id: '2', acronym: 'PCR', expansion: '', action: 'hide', original: 'Partnership case review' },
        { id: '3', acronym: 'MTFS', expansion: 'Medium Term Financial Strategy', action: 'add', original: null },
      ],
    );
    expect(entries.map((e) => `${e.acronym}: ${e.expansion} (${e.sources.map((s) => `${s.title}, ${s.pageName}`).join('; ') || 'yours'})`)).toEqual([
      'CSE: Certificate of Secondary Education (Schools report, Page 2)',
      'CSE: Child Sexual Exploitation (Pack, Page 4)',
      'LAC: Looked After Children (Pack, Page 9)',
      'MTFS: Medium Term Financial Strategy (yours)',
    ]);
    expect(glossaryCsv(entries).split('\r\n')[0]).toBe('Acronym,Meaning,Where defined');
    expect(glossaryCsv(entries)).toContain('LAC,Looked After Children,"Pack, Page 9"');
    expect(glossaryMarkdown(entries, 'Glossary')).toContain('| MTFS | Medium Term Financial Strategy | Added by you |');
  });
});
