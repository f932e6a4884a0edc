// Page lines of the Staffordshire pack as the app stores them (pdf.js text through
// textLines), and builders for questions, for the question, note and inquiry tests.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { textLines } from '../../../shared/pdf/textLines';
import type { Question } from '../../../shared/questions/types';
import { PACK } from '../../fixtures/paths.mjs';

/** The lines of the given 1-based PDF pages of the Staffordshire pack. */
export async function packLines(pages: readonly number[]): Promise<string[][]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(PACK)), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const out: string[][] = [];
    for (const n of pages) out.push(textLines((await (await pdf.getPage(n)).getTextContent()).items));
    return out;
  } finally {
    await task.destroy();
  }
}

export const SCOPING_PAGES = [105, 106, 107, 108];

let counter = 0;

export function question(fields: Partial<Question> = {}): Question {
  counter++;
  return {
    id: `q${counter}`,
    listId: 'list',
    order: `a${counter}`,
    text: `Question ${counter}`,
    itemNumber: null,
    itemTitle: null,
    lineId: null,
    forWhom: '',
    witnessId: null,
    leadMember: '',
    priority: 'medium',
    status: 'draft',
    answer: '',
    followUp: '',
    privateNote: '',
    passages: [],
    createdAt: 1_506_000_000_000,
    updatedAt: 1_506_000_000_000,
    deletedAt: null,
    ...fields,
  };
}
