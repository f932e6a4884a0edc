// Reads an HTTP answer's body to the end within a size limit, reporting progress: the one
// rule main (in Electron) and the browser port both hold council sites' answers to.
import { RequestFailed } from './requests';

/** What is read of a fetch Response (kept structural: shared/ has no DOM types). */
export interface BodySource {
  headers: { get(name: string): string | null };
  body: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> }; cancel(): Promise<void> } | null;
}

export interface BodyLimits {
  maxBytes: number;
  /** Told how much has arrived (and the declared size, when there is one), at most every `progressEveryBytes`, and once at the end. */
  onProgress?(received: number, total: number | null): void;
  progressEveryBytes?: number;
}

const megabytes = (bytes: number) => Math.round(bytes / 1048576);

/** The whole body; throws RequestFailed ('too-large' or 'network') when it is over the limit or cut short. */
export async function readBoundedBody(response: BodySource, limits: BodyLimits): Promise<Uint8Array<ArrayBuffer>> {
  const { maxBytes, progressEveryBytes = 0 } = limits;
  const onProgress = (received: number, total: number | null) => limits.onProgress?.(received, total);
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > maxBytes) {
    await response.body?.cancel();
    throw new RequestFailed('too-large', `The document is ${megabytes(total)} MB, more than the ${megabytes(maxBytes)} MB Scrutineer downloads.`);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new RequestFailed('too-large', `The answer grew past the ${megabytes(maxBytes)} MB Scrutineer downloads, so it was stopped.`);
    }
    chunks.push(value);
    if (received - reported >= progressEveryBytes) {
      reported = received;
      onProgress(received, total);
    }
  }
  if (reported !== received) onProgress(received, total);
  if (total !== null && received < total) throw new RequestFailed('network', `The download stopped after ${received} of ${total} bytes.`);
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
