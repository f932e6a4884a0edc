// The main process's ModernGov requests, against real loopback servers: only sites the user
// added, https or loopback http, redirects kept on the site, size and time limits, progress.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createModernGov } from '../../electron/handlers/moderngov';
import type { InvokeEventLike } from '../../electron/ipc';
import { startFakeModernGov } from '../fakeModernGov/server.mjs';

const servers: { close(): unknown }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(listener: RequestListener): Promise<string> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function event() {
  const sent: unknown[][] = [];
  const invoke: InvokeEventLike = { senderFrame: { url: 'app://scrutineer/index.html' }, sender: { send: (...args) => sent.push(args) } };
  return { invoke, sent };
}

const request = (url: string, expect: 'xml' | 'html' | 'pdf' = 'xml') => ({ requestId: 'r1', url, expect });

describe('moderngov:fetch', () => {
  it('fetches from a site the user added and sends download progress to the page', async () => {
    const fake = await startFakeModernGov({ committees: 1, meetingsPerCommittee: 1 });
    servers.push(fake);
    const main = createModernGov({ fetch });
    await main['moderngov:allow-sites']({ bases: [fake.base] });
    const { invoke, sent } = event();
    const committees = await main['moderngov:fetch'](request(`${fake.base}/mgWebService.asmx/GetCommittees`), invoke);
    expect(committees).toMatchObject({ ok: true, status: 200, text: expect.stringContaining('<committees>') });
    const pack = fake.meetings[0]!;
    const page = await main['moderngov:fetch'](request(`${fake.base}/ieListDocuments.aspx?CId=101&MId=${pack.id}`, 'html'), invoke);
    const href = /href="(documents\/[^"]+)"/.exec(page.ok ? page.text! : '')![1]!;
    const pdf = await main['moderngov:fetch'](request(`${fake.base}/${href}`, 'pdf'), invoke);
    expect(pdf.ok && pdf.bytes && new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.ok && pdf.etag).toBeTruthy();
    expect(sent.at(-1)).toEqual(['moderngov:progress', { requestId: 'r1', received: pdf.ok ? pdf.bytes!.length : -1, total: pdf.ok ? pdf.bytes!.length : -1 }]);
  });

  it('contacts no site the user did not add, and none over plain http off loopback', async () => {
    let hits = 0;
    const base = await serve((_req, res) => {
      hits += 1;
      res.end('<committees/>');
    });
    const main = createModernGov({ fetch });
    await expect(main['moderngov:fetch'](request(`${base}/mgWebService.asmx/GetCommittees`))).resolves.toMatchObject({ ok: false, kind: 'not-allowed', message: expect.stringMatching(/not the site of a council you added/) });
    await main['moderngov:allow-sites']({ bases: ['http://democracy.example.gov.uk'] });
    await expect(main['moderngov:fetch'](request('http://democracy.example.gov.uk/mgWebService.asmx/GetCommittees'))).resolves.toMatchObject({ ok: false, kind: 'not-allowed', message: expect.stringMatching(/secure \(https\)/) });
    expect(hits).toBe(0);
  });

  it('follows a redirect on the same site but not to another site', async () => {
    const other = await serve((_req, res) => res.end('<committees/>'));
    const base = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(302, { Location: '/mgWebService.asmx/GetCommittees' }).end();
      else if (req.url === '/away') res.writeHead(301, { Location: `${other}/mgWebService.asmx/GetCommittees` }).end();
      else res.writeHead(200, { 'Content-Type': 'text/xml' }).end('<committees></committees>');
    });
    const main = createModernGov({ fetch });
    await main['moderngov:allow-sites']({ bases: [base, other] });
    await expect(main['moderngov:fetch'](request(`${base}/old`))).resolves.toMatchObject({ ok: true, url: `${base}/mgWebService.asmx/GetCommittees`, text: '<committees></committees>' });
    await expect(main['moderngov:fetch'](request(`${base}/away`))).resolves.toMatchObject({ ok: false, kind: 'redirect', message: expect.stringMatching(/another site/) });
  });

  it('stops a download larger than the limit, declared or not', async () => {
    const big = Buffer.alloc(64 * 1024, 37);
    const base = await serve((req, res) => {
      if (req.url === '/declared') res.writeHead(200, { 'Content-Length': String(big.length) }).end(big);
      else {
        res.writeHead(200);
        res.write(big);
        res.end(big);
      }
    });
    const main = createModernGov({ fetch, limits: { pdf: { maxBytes: 32 * 1024, timeoutMs: 10_000 } } });
    await main['moderngov:allow-sites']({ bases: [base] });
    await expect(main['moderngov:fetch'](request(`${base}/declared`, 'pdf'))).resolves.toMatchObject({ ok: false, kind: 'too-large' });
    await expect(main['moderngov:fetch'](request(`${base}/chunked`, 'pdf'))).resolves.toMatchObject({ ok: false, kind: 'too-large' });
  });

  it('stops waiting for a site that does not answer in time', async () => {
    const base = await serve(() => undefined);
    const main = createModernGov({ fetch, limits: { xml: { maxBytes: 1024, timeoutMs: 200 } } });
    await main['moderngov:allow-sites']({ bases: [base] });
    await expect(main['moderngov:fetch'](request(`${base}/mgWebService.asmx/GetCommittees`))).resolves.toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('reports a download cut short as failed, not as a document', async () => {
    const fake = await startFakeModernGov({ committees: 1, meetingsPerCommittee: 1 });
    servers.push(fake);
    fake.switches.cutShort = 1;
    const main = createModernGov({ fetch });
    await main['moderngov:allow-sites']({ bases: [fake.base] });
    const answer = await main['moderngov:fetch'](request(`${fake.base}/mgConvert2PDF.aspx?ID=${fake.meetings[0]!.id * 10}`, 'pdf'));
    expect(answer.ok).toBe(false);
  });

  it('sends validators for a conditional request and passes 304 on', async () => {
    const fake = await startFakeModernGov({ committees: 1, meetingsPerCommittee: 1 });
    servers.push(fake);
    const main = createModernGov({ fetch });
    await main['moderngov:allow-sites']({ bases: [fake.base] });
    const url = `${fake.base}/mgConvert2PDF.aspx?ID=${fake.meetings[0]!.id * 10}`;
    const first = await main['moderngov:fetch'](request(url, 'pdf'));
    const again = await main['moderngov:fetch']({ ...request(url, 'pdf'), etag: first.ok ? first.etag : undefined });
    expect(again).toMatchObject({ ok: true, status: 304 });
  });
});
