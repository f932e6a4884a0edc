// The ordered list of schema migrations. Append only: never edit one that has shipped.
import init from './0001_init';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ id: 1, name: 'init', sql: init }];
