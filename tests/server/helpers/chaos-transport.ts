// A SyncTransport that misbehaves on request, as networks do: offline, requests lost,
// responses lost, requests duplicated, a batch split and delivered back to front, and
// requests held back to arrive late (after newer ones).
import type { PullRequest, PushRequest } from '../../../shared/sync/protocol';
import type { SyncTransport } from '../../../shared/sync/transport';

export const PUSH_FAULTS = ['drop-request', 'drop-response', 'duplicate', 'split-reverse', 'hold'] as const;
/** drop-pull loses the first pull's answer; drop-next-page lets one page through, then loses one. */
export const PULL_FAULTS = ['drop-pull', 'drop-next-page'] as const;
export type Fault = 'none' | (typeof PUSH_FAULTS)[number] | (typeof PULL_FAULTS)[number];

export class NetworkError extends Error {}

export class ChaosTransport implements SyncTransport {
  online = true;
  /** Applies to the next push (or pull, for drop-pull) only. */
  fault: Fault = 'none';
  private held: PushRequest[] = [];
  private readonly inner: SyncTransport;

  constructor(inner: SyncTransport) {
    this.inner = inner;
  }

  async push(request: PushRequest) {
    if (!this.online) throw new NetworkError('offline');
    const fault = this.fault;
    if (fault !== 'drop-pull' && fault !== 'drop-next-page') this.fault = 'none';
    switch (fault) {
      case 'drop-request':
        throw new NetworkError('request lost');
      case 'drop-response':
        await this.inner.push(request);
        throw new NetworkError('response lost');
      case 'duplicate':
        await this.inner.push(request);
        return this.inner.push(request);
      case 'split-reverse': {
        if (request.mutations.length < 2) return this.inner.push(request);
        const mid = Math.floor(request.mutations.length / 2);
        await this.inner.push({ ...request, mutations: request.mutations.slice(mid) });
        return this.inner.push({ ...request, mutations: request.mutations.slice(0, mid) });
      }
      case 'hold':
        this.held.push(structuredClone(request));
        throw new NetworkError('timed out');
      default:
        return this.inner.push(request);
    }
  }

  async pull(request: PullRequest) {
    if (!this.online) throw new NetworkError('offline');
    if (this.fault === 'drop-next-page') {
      this.fault = 'drop-pull';
      return this.inner.pull(request);
    }
    if (this.fault === 'drop-pull') {
      this.fault = 'none';
      await this.inner.pull(request);
      throw new NetworkError('response lost');
    }
    return this.inner.pull(request);
  }

  /** Delivers the held-back requests now, oldest first, ignoring their answers. */
  async releaseHeld(): Promise<number> {
    const held = this.held;
    this.held = [];
    for (const request of held) await this.inner.push(request);
    return held.length;
  }
}
