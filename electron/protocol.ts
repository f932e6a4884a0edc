// Serves the built renderer for app://scrutineer/ from a root folder: maps a request URL to a
// file inside that root (refusing anything that could escape it), with content type and CSP.
import path from 'node:path';
import { APP_HOST } from '../shared/ipc';
import { CONTENT_SECURITY_POLICY } from './csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pfb': 'application/octet-stream',
  '.bcmap': 'application/octet-stream',
  '.icc': 'application/vnd.iccprofile',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute file under `root` that `url` names, or null if the URL is for another host or
 * its path could reach outside `root`. The URL parser already folds plain and %2e dot segments,
 * but the decoded path is checked again so that no spelling of ".." or a drive/UNC path gets through.
 */
export function resolveAppPath(url: string, root: string): string | null {
  let parsed: URL;
  let decoded: string;
  try {
    parsed = new URL(url);
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.host !== APP_HOST) return null;
  const relative = decoded.replace(/^\//, '');
  const segments = relative.split('/');
  if (/[\\\0:]/.test(relative) || segments.some((s) => s === '..' || s === '.') || relative.startsWith('/')) {
    return null;
  }
  const file = path.resolve(root, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
  const inside = path.relative(root, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside) ? file : null;
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (dist/renderer). */
  root: string;
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
}

function respond(status: number, body: Uint8Array<ArrayBuffer> | string, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A handler for protocol.handle(APP_SCHEME, ...). */
export function createAppProtocolHandler({ root, readFile }: AppProtocolOptions) {
  const absoluteRoot = path.resolve(root);
  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const file = resolveAppPath(request.url, absoluteRoot);
    if (file === null) return respond(400, 'Bad request', 'text/plain; charset=utf-8');
    try {
      return respond(200, await readFile(file), contentTypeFor(file));
    } catch {
      // Missing files, directories and unreadable files all look the same to the page.
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
  };
}
