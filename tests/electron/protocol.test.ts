// The app:// file server: path resolution, traversal refusal, content types and the CSP header.
import { mkdtemp, mkdir, readFile as fsReadFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { contentTypeFor, createAppProtocolHandler, resolveAppPath } from '../../electron/protocol';

const root = path.resolve('/srv/scrutineer/dist/renderer');
const files = new Map<string, string>([
  ['index.html', '<!doctype html><title>Scrutineer</title>'],
  ['assets/index-abc123.js', 'console.log(1)'],
  ['pdfjs/wasm/openjpeg.wasm', '\0asm'],
  ['pdfjs/standard_fonts/FoxitSans.pfb', 'font'],
]);

function serve() {
  const readFile = vi.fn((file: string) => {
    const text = files.get(path.relative(root, file).split(path.sep).join('/'));
    if (text === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' }));
    return Promise.resolve(new TextEncoder().encode(text));
  });
  return { handler: createAppProtocolHandler({ root, readFile }), readFile };
}

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root, defaulting to index.html', () => {
    expect(resolveAppPath('app://scrutineer/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://scrutineer', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://scrutineer/index.html?x=1#notes', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://scrutineer/assets/index-abc123.js', root)).toBe(path.join(root, 'assets/index-abc123.js'));
    expect(resolveAppPath('app://scrutineer/pdfjs/', root)).toBe(path.join(root, 'pdfjs/index.html'));
    expect(resolveAppPath('app://scrutineer/my%20pack.pdf', root)).toBe(path.join(root, 'my pack.pdf'));
  });

  it.each([
    'app://scrutineer/..%2f..%2fetc/passwd',
    'app://scrutineer/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://scrutineer/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://scrutineer/a%5c..%5c..%5cwindows%5cwin.ini',
    'app://scrutineer/assets%5cindex.js',
    'app://scrutineer//etc/passwd',
    'app://scrutineer/%2fetc/passwd',
    'app://scrutineer/C:/Windows/win.ini',
    'app://scrutineer/C%3a%5cWindows',
    'app://scrutineer/index.html%00.png',
    'app://scrutineer/%E0%A4%A',
    'app://evil.example/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('keeps dot segments the URL parser folds inside the root', () => {
    for (const url of ['app://scrutineer/../../etc/passwd', 'app://scrutineer/%2e%2e/%2e%2e/etc/passwd', 'app://scrutineer/assets/%2E%2E/%2E%2E/x']) {
      const file = resolveAppPath(url, root);
      expect(file, url).not.toBeNull();
      expect(file!.startsWith(root + path.sep), url).toBe(true);
    }
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.MJS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['openjpeg.wasm', 'application/wasm'],
    ['manifest.json', 'application/json; charset=utf-8'],
    ['logo.png', 'image/png'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['LiberationSans-Regular.ttf', 'font/ttf'],
    ['FoxitSans.pfb', 'application/octet-stream'],
    ['UniJIS-UCS2-H.bcmap', 'application/octet-stream'],
    ['CGATS001Compat-v2-micro.icc', 'application/vnd.iccprofile'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  it('serves files with their content type, the CSP and nosniff', async () => {
    const { handler } = serve();
    const page = await handler({ url: 'app://scrutineer/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Scrutineer</title>');

    const wasm = await handler({ url: 'app://scrutineer/pdfjs/wasm/openjpeg.wasm' });
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
  });

  it('answers 404 with the CSP for a missing file', async () => {
    const response = await serve().handler({ url: 'app://scrutineer/nope.js' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 400 and reads nothing for a traversal attempt', async () => {
    const { handler, readFile } = serve();
    const response = await handler({ url: 'app://scrutineer/..%2f..%2fetc/passwd' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('serves a real folder through fs/promises, with 404 for a directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'scrutineer-protocol-'));
    try {
      await mkdir(path.join(dir, 'assets'));
      await writeFile(path.join(dir, 'index.html'), '<p>real</p>');
      const handler = createAppProtocolHandler({ root: dir, readFile: fsReadFile });
      expect(await (await handler({ url: 'app://scrutineer/index.html' })).text()).toBe('<p>real</p>');
      expect((await handler({ url: 'app://scrutineer/assets' })).status).toBe(404);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { handler, readFile } = serve();
    expect((await handler({ url: 'app://scrutineer/', method: 'POST' })).status).toBe(405);
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy the app is built for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' data: blob: http://127.0.0.1:* http://localhost:* https:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
