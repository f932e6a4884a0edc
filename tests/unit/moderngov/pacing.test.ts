// How the app treats a council's site: spacing, Retry-After, and stopping on a block.
import { describe, expect, it } from 'vitest';
import { createSitePacer, retryAfterMs, SiteBlocked, SiteBusy, type SiteRequest, type SiteResponse } from '../../../shared/moderngov';

function setup(answers: Partial<SiteResponse>[]) {
  let clock = 1_000_000;
  const starts: number[] = [];
  const sleeps: number[] = [];
  const fetch = (request: SiteRequest): Promise<SiteResponse> => {
    starts.push(clock);
    const answer = answers.shift() ?? {};
    return Promise.resolve({ status: 200, url: request.url, contentType: 'text/xml', text: '<ok/>', ...answer });
  };
  const pacer = createSitePacer(fetch, {
    minIntervalMs: 1000,
    maxRetries: 3,
    maxWaitMs: 300_000,
    now: () => clock,
    sleep: (ms) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
  });
  return { pacer, starts, sleeps, tick: (ms: number) => (clock += ms) };
}

const xml = (url = 'https://council.example/mgWebService.asmx/GetCommittees'): SiteRequest => ({ url, expect: 'xml' });

describe('createSitePacer', () => {
  it('makes one request at a time, at least a second apart', async () => {
    const { pacer, starts } = setup([]);
    await Promise.all([pacer(xml()), pacer(xml()), pacer(xml())]);
    expect(starts.map((t) => t - starts[0]!)).toEqual([0, 1000, 2000]);
    expect(pacer.requests()).toBe(3);
  });

  it('waits as long as Retry-After says on 429 and 503, then succeeds', async () => {
    const { pacer, sleeps } = setup([{ status: 429, retryAfter: '7' }, { status: 503, retryAfter: '2' }, { status: 200 }]);
    await expect(pacer(xml())).resolves.toMatchObject({ status: 200 });
    expect(sleeps).toEqual([7000, 2000]);
    expect(pacer.requests()).toBe(3);
  });

  it('gives up for this check when asked to wait too long, saying so', async () => {
    const { pacer } = setup([{ status: 429, retryAfter: '3600' }]);
    await expect(pacer(xml())).rejects.toThrow(SiteBusy);
    expect(pacer.requests()).toBe(1);
  });

  it('stops for good on a 403 and makes no more requests', async () => {
    const { pacer } = setup([{ status: 403, contentType: 'text/html', text: '<html>Forbidden</html>' }]);
    await expect(pacer(xml())).rejects.toThrow(/refused the request \(HTTP 403.*import them by hand/);
    await expect(pacer(xml())).rejects.toThrow(SiteBlocked);
    expect(pacer.requests()).toBe(1);
    expect(pacer.blocked()).toMatch(/council\.example/);
  });

  it('stops on a challenge page where XML was expected, naming what came back', async () => {
    const { pacer } = setup([{ status: 200, contentType: 'text/html', text: '<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>' }]);
    await expect(pacer(xml())).rejects.toThrow(/answered with a web page titled “Just a moment...”/);
    await expect(pacer({ url: 'https://council.example/documents/g1/a.pdf', expect: 'pdf' })).rejects.toThrow(SiteBlocked);
    expect(pacer.requests()).toBe(1);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(undefined, 0)).toBeUndefined();
  });
});
