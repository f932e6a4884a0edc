// The one request shape the ModernGov code makes and the answer it gets, the same in
// Electron (main does the HTTP) and in the browser (fetch).

export type Expect = 'xml' | 'html' | 'pdf';

export interface SiteRequest {
  url: string;
  expect: Expect;
  /** Validators from the previous download, for a conditional request. */
  etag?: string;
  lastModified?: string;
}

export interface SiteResponse {
  status: number;
  /** Where the answer came from after redirects (kept on the same site). */
  url: string;
  contentType: string;
  etag?: string;
  lastModified?: string;
  retryAfter?: string;
  /** The body: text for xml and html, bytes for pdf; empty for 304 and errors. */
  text?: string;
  bytes?: Uint8Array;
}

export type FailureKind = 'offline' | 'timeout' | 'too-large' | 'not-allowed' | 'redirect' | 'cors' | 'network';

/** A request that got no usable HTTP answer. */
export class RequestFailed extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'RequestFailed';
  }
}

/** Limits a download is held to: bytes, and time for the whole answer. */
export const LIMITS = {
  xml: { maxBytes: 20 * 1024 * 1024, timeoutMs: 90_000 },
  html: { maxBytes: 5 * 1024 * 1024, timeoutMs: 90_000 },
  pdf: { maxBytes: 300 * 1024 * 1024, timeoutMs: 10 * 60_000 },
} as const satisfies Record<Expect, { maxBytes: number; timeoutMs: number }>;

export type Progress = (received: number, total: number | null) => void;

/** Makes one request: Electron's main process, or fetch in the browser. */
export type SiteFetch = (request: SiteRequest, onProgress?: Progress) => Promise<SiteResponse>;
