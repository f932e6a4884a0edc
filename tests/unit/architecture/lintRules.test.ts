// The architecture lint rules catch what they are for: a feature importing one above it,
// a component reaching into Dexie, a module touching a table it does not own.
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { architectureConfig } from '../../../eslint/architecture.js';

const linter = new Linter({ configType: 'flat' });
const config = [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } }, architectureConfig];

function problems(file: string, code: string): string[] {
  return linter.verify(code, config, { filename: `${process.cwd()}/${file}` }).map((message) => message.message);
}

describe('layers', () => {
  it('refuses an import of a feature above', () => {
    const found = problems('renderer/library/Bad.tsx', "import { ReaderAnnotations } from '../annotations/ReaderAnnotations';\n");
    expect(found).toEqual([expect.stringMatching(/renderer\/library\/ may not import renderer\/annotations\/, which is in a layer above it/)]);
  });

  it('refuses an import of a feature beside it in the same layer', () => {
    expect(problems('renderer/settings/Bad.tsx', "import { WorkProgrammeScreen } from '../workprogramme/WorkProgrammeScreen';\n")).toEqual([
      expect.stringMatching(/beside it in the same layer/),
    ]);
  });

  it('refuses re-exports and dynamic imports from above too', () => {
    expect(problems('renderer/reader/Bad.ts', "export { NotesPanel } from '../notes/NotesPanel';\nvoid import('../questions/QuestionForm');\n")).toHaveLength(2);
  });

  it('allows imports downward, within a folder and of shared/', () => {
    const code = "import { useNavigation } from '../navigation/navigation';\nimport { PdfView } from './PdfView';\nimport { currentItemAt } from '../../shared/agenda';\n";
    expect(problems('renderer/reader/Good.tsx', code)).toEqual([]);
  });

  it('names a folder that is in no layer', () => {
    expect(problems('renderer/newfeature/Thing.ts', 'export const x = 1;\n')).toEqual([expect.stringMatching(/renderer\/newfeature\/ is in no layer/)]);
  });
});

describe('table owners', () => {
  it('refuses a component that imports the database', () => {
    const code = "import { db } from '../db/database';\nexport const count = () => db.documents.count();\n";
    const found = problems('renderer/library/DocumentList.tsx', code);
    expect(found).toContainEqual(expect.stringMatching(/DocumentList.tsx is not a data module/));
    expect(found).toContainEqual(expect.stringMatching(/The documents table belongs to renderer\/library\/libraryData.ts/));
  });

  it("refuses a data module that touches another feature's table", () => {
    const code = "import { db } from '../db/database';\nexport const pages = (hash: string) => db.pageTexts.where('hash').equals(hash).toArray();\n";
    expect(problems('renderer/questions/questionsData.ts', code)).toEqual([expect.stringMatching(/The pageTexts table belongs to renderer\/meetings\/pageTextsData.ts/)]);
  });

  it('refuses db.table() by name', () => {
    const code = "import { db } from '../db/database';\nexport const rows = () => db.table('annotations').toArray();\n";
    expect(problems('renderer/notes/notesData.ts', code)).toEqual([expect.stringMatching(/not db.table\(\)/)]);
  });

  it('allows an owner its own table and transactions that name others', () => {
    const code = "import { db } from '../db/database';\nexport const add = (row: never) => db.transaction('rw', db.notes, 'questions', () => db.notes.add(row));\n";
    expect(problems('renderer/notes/notesData.ts', code)).toEqual([]);
  });
});
