// The small database interface the service is written against, so the same code and SQL
// run on embedded PGlite and on a real PostgreSQL.
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with $1… parameters. int8 comes back as a JS number on both backends. */
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Isolation = 'read committed' | 'repeatable read';

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { isolation?: Isolation }): Promise<T>;
  close(): Promise<void>;
}

/** Serialises a value for a `$n::text::jsonb` parameter (the cast works the same on both backends). */
export const json = (value: unknown): string => JSON.stringify(value);
