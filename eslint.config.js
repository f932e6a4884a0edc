// Lint rules, including the import boundaries between runtimes (see DEVELOPERS.md):
// shared/ imports no DOM, Node or Electron code; renderer/ never imports Electron or Node.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'worker_threads', 'util', 'events', 'buffer'];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/out/**', '.tmp/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
      ...restrict([
        { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'renderer/ reaches the platform through renderer/platform, never Electron or Node.' },
        { group: ['**/electron/**', '**/server/**'], message: 'renderer/ may import shared/ only.' },
      ]),
    },
  },
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
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs,js}', 'build/**/*.{mjs,js}', '*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
