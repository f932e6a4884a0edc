// Types for eslint/architecture.js, for the tests that exercise its rules.
import type { ESLint, Linter } from 'eslint';

export const LAYERS: string[][];
export const TABLE_OWNERS: Record<string, string>;
export const architecturePlugin: ESLint.Plugin;
export const architectureConfig: Linter.Config;
