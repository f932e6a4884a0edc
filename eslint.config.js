// Lint rules, including the import boundaries between runtimes (see DEVELOPERS.md):
// shared/ imports no DOM, Node or Electron code; renderer/ never imports Electron or Node.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { architectureConfig } from './eslint/architecture.js';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'worker_threads', 'util', 'events', 'buffer'];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/out/**', '.tmp/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware rules: each file is checked with its runtime's own tsconfig.
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts', 'eslint/*.d.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'shared/ is pure: no Node or Electron.' },
      { group: ['react', 'react-dom', 'dexie', 'pdfjs-dist', 'pdfjs-dist/*', 'zustand', 'fastify', 'pg'], message: 'shared/ is pure domain logic: no UI, storage or server libraries.' },
      { group: ['**/renderer/**', '**/electron/**', '**/server/**'], message: 'shared/ must not depend on a runtime.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Hits are zustand store actions, declared as methods on the state types but made as arrows that never use `this`.
      '@typescript-eslint/unbound-method': 'off',
      ...restrict([
        { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'renderer/ reaches the platform through renderer/platform, never Electron or Node.' },
        { group: ['**/electron/**', '**/server/**'], message: 'renderer/ may import shared/ only.' },
      ]),
    },
  },
  architectureConfig,
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**', '**/server/**'], message: 'electron/ may import shared/ only.' }]),
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([
      { group: ['electron', 'electron/*'], message: 'The server does not run in Electron.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'server/ may import shared/ only.' },
    ]),
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', 'bench/**/*.{ts,mjs,js}', 'build/**/*.{mjs,js}', 'eslint/**/*.js', '*.{ts,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Tests read untyped fixtures (HTTP JSON bodies, parsed PDFs, page.evaluate results) and assert on their shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
