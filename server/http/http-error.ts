// Errors that become a 4xx JSON answer ({error, message, issues?}); anything else is a 500.
import type { z } from 'zod';

export interface IssueOut {
  path: string;
  message: string;
}

export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly issues: IssueOut[] | undefined;
  constructor(statusCode: number, code: string, message: string, issues?: IssueOut[]) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.issues = issues;
  }
}

export const unauthorized = (message = 'Sign in again: this device is not paired or was revoked') =>
  new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

const pathOf = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(body)');

/** Parses input with a shared schema, or throws a 400 that says which field is wrong and why. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((i) => ({ path: pathOf(i.path), message: i.message }));
  const first = issues[0]!;
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  throw new HttpError(400, 'bad_request', `Invalid ${what}: ${first.path}: ${first.message}${more}`, issues);
}
