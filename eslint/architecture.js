// The renderer's architecture as lint rules: feature layers (no folder imports a folder in
// a layer above it or beside it) and table ownership (each Dexie table is read and written
// by one data module; only data modules import the database). VS Code's code-layering rule
// and Signal Desktop's one-interface-per-store are the models.
import path from 'node:path';

/** Folders of renderer/, bottom to top. A folder may import folders in lower layers only. */
export const LAYERS = [
  ['db'],
  ['platform'],
  ['pdf'],
  ['common'],
  ['navigation'],
  ['undo'],
  ['sync'],
  ['meetings'],
  ['library'],
  ['councils'],
  ['reader'],
  ['passages'],
  ['annotations'],
  ['notes'],
  ['inquiries'],
  ['questions'],
  ['revisions'],
  ['backup'],
  ['workprogramme', 'settings'],
  ['search'],
  ['workspace'],
  ['app'],
];

/** Each Dexie table and the one module that reads and writes it. */
export const TABLE_OWNERS = {
  documents: 'renderer/library/libraryData.ts',
  files: 'renderer/library/libraryData.ts',
  viewStates: 'renderer/library/viewStateData.ts',
  meetings: 'renderer/meetings/meetingsData.ts',
  structures: 'renderer/meetings/structuresData.ts',
  pageTexts: 'renderer/meetings/pageTextsData.ts',
  annotations: 'renderer/annotations/annotationsData.ts',
  notes: 'renderer/notes/notesData.ts',
  questionLists: 'renderer/questions/questionsData.ts',
  questions: 'renderer/questions/questionsData.ts',
  inquiries: 'renderer/inquiries/inquiriesData.ts',
  settings: 'renderer/db/settingsData.ts',
  syncMeta: 'renderer/sync/dexieSyncStore.ts',
  syncServerRows: 'renderer/sync/dexieSyncStore.ts',
  syncRows: 'renderer/sync/dexieSyncStore.ts',
  syncOutbox: 'renderer/sync/dexieSyncStore.ts',
  workItemLinks: 'renderer/workprogramme/libraryLinksData.ts',
  undoLog: 'renderer/undo/undoLogData.ts',
  searchIndex: 'renderer/search/searchIndexData.ts',
  glossaryEdits: 'renderer/search/glossaryData.ts',
  councils: 'renderer/councils/councilsData.ts',
  councilDocuments: 'renderer/councils/councilsData.ts',
  restoreHistory: 'renderer/backup/restoreHistoryData.ts',
};

/** Modules that may import the database: the owners above and the database's own folder. */
const isDataModule = (file) => file.startsWith('renderer/db/') || Object.values(TABLE_OWNERS).includes(file);

const relative = (filename) => path.relative(process.cwd(), filename).split(path.sep).join('/');

/** The renderer folder a file belongs to; renderer/main.tsx is the app's entry. */
function folderOf(file) {
  if (!file.startsWith('renderer/')) return null;
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : 'app';
}

const layerOf = (folder) => LAYERS.findIndex((layer) => layer.includes(folder));

const importSources = (context, check) => ({
  ImportDeclaration: (node) => check(node.source),
  ExportNamedDeclaration: (node) => node.source && check(node.source),
  ExportAllDeclaration: (node) => check(node.source),
  ImportExpression: (node) => node.source.type === 'Literal' && check(node.source),
});

const layers = {
  meta: { type: 'problem', docs: { description: 'A renderer folder imports only folders in lower layers.' }, schema: [] },
  create(context) {
    const file = relative(context.filename);
    const from = folderOf(file);
    if (!from) return {};
    const fromLayer = layerOf(from);
    if (fromLayer < 0) {
      return {
        Program: (node) => context.report({ node, message: `renderer/${from}/ is in no layer: add it to LAYERS in eslint/architecture.js.` }),
      };
    }
    return importSources(context, (source) => {
      if (typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = relative(path.resolve(path.dirname(context.filename), source.value));
      const to = folderOf(target.includes('/') ? `${target}/x` : target);
      if (!to || to === from || target === 'renderer/main') return;
      const toLayer = layerOf(to);
      if (toLayer >= 0 && toLayer < fromLayer) return;
      const where = toLayer === fromLayer ? 'beside it in the same layer' : 'in a layer above it';
      context.report({ node: source, message: `renderer/${from}/ may not import renderer/${to}/, which is ${where} (see LAYERS in eslint/architecture.js).` });
    });
  },
};

const tableOwners = {
  meta: { type: 'problem', docs: { description: 'Each Dexie table is touched only by its owner; only data modules import the database.' }, schema: [] },
  create(context) {
    const file = relative(context.filename);
    if (!file.startsWith('renderer/') || file.startsWith('renderer/db/')) return {};
    return {
      ...importSources(context, (source) => {
        if (typeof source.value !== 'string') return;
        const target = relative(path.resolve(path.dirname(context.filename), source.value));
        if (target === 'renderer/db/database' && !isDataModule(file)) {
          context.report({ node: source, message: `${file} is not a data module: reach tables through their owner's functions and hooks (TABLE_OWNERS in eslint/architecture.js).` });
        }
      }),
      MemberExpression(node) {
        if (node.object.type !== 'Identifier' || node.object.name !== 'db' || node.property.type !== 'Identifier') return;
        const table = node.property.name;
        if (table === 'table' || table === 'tables') {
          context.report({ node, message: 'Tables are reached by name through their owner, not db.table().' });
          return;
        }
        const owner = TABLE_OWNERS[table];
        if (owner && owner !== file) context.report({ node, message: `The ${table} table belongs to ${owner}: use its functions.` });
      },
    };
  },
};

export const architecturePlugin = { meta: { name: 'scrutineer-architecture' }, rules: { layers, 'table-owners': tableOwners } };

/** The flat-config block that applies both rules to the renderer. */
export const architectureConfig = {
  files: ['renderer/**/*.{ts,tsx}'],
  plugins: { architecture: architecturePlugin },
  rules: { 'architecture/layers': 'error', 'architecture/table-owners': 'error' },
};
