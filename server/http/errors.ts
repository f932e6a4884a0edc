// Turns every failure into a JSON answer: our HttpErrors and Fastify's own 4xx (bad JSON,
// body too large, wrong content type, rate limit) keep their status; only bugs are 500s.
import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from './http-error';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  411: 'length_required',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, request, reply) => {
    if (err instanceof HttpError) {
      return reply.code(err.statusCode).send({ error: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) });
    }
    if (isUnstorableText(err)) {
      // The schemas refuse such text first; this is the backstop that keeps it a 4xx.
      return reply.code(400).send({ error: 'bad_request', message: 'The request holds text the database cannot store (a NUL or broken Unicode character)' });
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: CODE_BY_STATUS[status] ?? 'bad_request', message: clientMessage(err, status) });
    }
    request.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on the server; try again later' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `No such endpoint: ${request.method} ${request.url.split('?')[0]}` }),
  );
}

/** PostgreSQL's "invalid byte sequence" (22021) and "unsupported Unicode escape" (22P05). */
function isUnstorableText(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '22021' || code === '22P05';
}

function clientMessage(err: FastifyError, status: number): string {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send JSON with Content-Type: application/json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty but Content-Type is application/json; send {} or no Content-Type';
    default:
      if (status === 400 && err instanceof SyntaxError) return `The body is not valid JSON: ${err.message}`;
      return err.message || 'Bad request';
  }
}
