// The size rule both ports hold council sites' answers to: refused when declared or grown too large, reported when cut short.
import { describe, expect, it } from 'vitest';
import { readBoundedBody } from '../../../shared/moderngov/boundedBody';
import { RequestFailed } from '../../../shared/moderngov/requests';

function answer(chunks: number[], contentLength?: number): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(7));
      controller.close();
    },
  });
  return new Response(body, { headers: contentLength === undefined ? {} : { 'content-length': String(contentLength) } });
}

describe('reading a council site’s answer within a size limit', () => {
  it('joins the chunks and reports progress at the given step and at the end', async () => {
    const seen: number[] = [];
    const bytes = await readBoundedBody(answer([100, 100, 100], 300), { maxBytes: 1000, progressEveryBytes: 150, onProgress: (received) => seen.push(received) });
    expect(bytes.byteLength).toBe(300);
    expect(bytes.every((b) => b === 7)).toBe(true);
    expect(seen).toEqual([200, 300]);
  });

  it('refuses a document whose declared size is over the limit, naming both sizes', async () => {
    const reading = readBoundedBody(answer([10], 30 * 1048576), { maxBytes: 20 * 1048576 });
    await expect(reading).rejects.toThrow(RequestFailed);
    await expect(readBoundedBody(answer([10], 30 * 1048576), { maxBytes: 20 * 1048576 })).rejects.toThrow('The document is 30 MB, more than the 20 MB');
  });

  it('stops an answer that grows past the limit without a declared size', async () => {
    await expect(readBoundedBody(answer([600, 600]), { maxBytes: 1000 })).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('says how much arrived when the download is cut short', async () => {
    await expect(readBoundedBody(answer([100], 500), { maxBytes: 1000 })).rejects.toMatchObject({ kind: 'network', message: 'The download stopped after 100 of 500 bytes.' });
  });
});
