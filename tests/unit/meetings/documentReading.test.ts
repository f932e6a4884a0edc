// The UI thread's side of the structure worker: a worker that finished a document reads the
// next one (so runs of downloads start warm), and nothing said about a finished document
// reaches the document the worker reads next.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StructureRequest, StructureResponse } from '../../../renderer/meetings/structureMessages';

class FakeWorker {
  static started: FakeWorker[] = [];
  sent: StructureRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<StructureResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: StructureRequest) {
    if (this.terminated) throw new Error('posted to an ended worker');
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: StructureResponse) {
    this.onmessage?.({ data: message } as MessageEvent<StructureResponse>);
  }
}

const structure = (title: string): StructureResponse => ({
  type: 'structure',
  structure: { kind: 'report', agenda: [], title } as never,
  pages: [[title]],
  durationMs: 1,
});

beforeEach(() => {
  FakeWorker.started = [];
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'http://app.test/' });
});
afterEach(() => vi.unstubAllGlobals());

describe('reading documents one after another', () => {
  it('reads the next document in the worker that finished the last, and a late cancel of the first does not touch it', async () => {
    const { readDocument } = await import('../../../renderer/meetings/documentReading');
    const first = readDocument(new ArrayBuffer(8));
    const [worker] = FakeWorker.started;
    worker!.answer({ type: 'facts', pageCount: 1, title: 'First', encrypted: false });
    expect(await first.facts).toEqual({ ok: true, facts: { pageCount: 1, title: 'First', encrypted: false } });
    const firstStructure = first.structure();
    worker!.answer(structure('First'));
    await expect(firstStructure).resolves.toMatchObject({ pages: [['First']] });

    const second = readDocument(new ArrayBuffer(8));
    expect(FakeWorker.started).toHaveLength(1);
    // As the import does in its `finally`, after the second read has begun.
    first.cancel();
    expect(worker!.terminated).toBe(false);
    expect(worker!.sent.map((message) => message.type)).toEqual(['read', 'continue', 'read']);

    worker!.answer({ type: 'facts', pageCount: 1, title: 'Second', encrypted: false });
    await second.facts;
    const secondStructure = second.structure();
    worker!.answer(structure('Second'));
    await expect(secondStructure).resolves.toMatchObject({ pages: [['Second']] });
  });

  it('ends a worker stopped part way through, and reads the next document in a new one', async () => {
    const { readDocument } = await import('../../../renderer/meetings/documentReading');
    const first = readDocument(new ArrayBuffer(8));
    const firstStructure = first.structure();
    first.cancel();
    await expect(firstStructure).rejects.toThrow('Reading was stopped.');
    expect(FakeWorker.started[0]!.terminated).toBe(true);

    readDocument(new ArrayBuffer(8));
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1]!.sent.map((message) => message.type)).toEqual(['read']);
  });

  it('keeps one finished worker waiting, not one per document read at the same time', async () => {
    const { readDocument } = await import('../../../renderer/meetings/documentReading');
    const readings = [readDocument(new ArrayBuffer(8)), readDocument(new ArrayBuffer(8))];
    const [a, b] = FakeWorker.started;
    for (const [index, worker] of [a!, b!].entries()) {
      worker.answer({ type: 'facts', pageCount: 1, title: `${index}`, encrypted: false });
      const done = readings[index]!.structure();
      worker.answer(structure(`${index}`));
      await done;
    }
    expect([a!.terminated, b!.terminated]).toEqual([false, true]);
    readDocument(new ArrayBuffer(8));
    expect(FakeWorker.started).toHaveLength(2);
    expect(a!.sent.at(-1)?.type).toBe('read');
  });
});
