// The ordered list of schema migrations. Append only: never edit one that has shipped.
import init from './0001_init';
import hardening from './0002_hardening';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'init', sql: init },
  { id: 2, name: 'hardening', sql: hardening },
];
