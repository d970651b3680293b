/** What one client may hold of the server: time, connections and header size. */
export interface TransportLimits {
  /** A whole request (headers and body) must arrive within this; a slower one gets 408 and its connection is closed. */
  requestTimeoutMs: number;
  /** The header section must arrive within this (at most `requestTimeoutMs`). */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; a connection beyond it is closed as soon as it is accepted. */
  maxConnections: number;
  /** Longest request target (path and query) in bytes; a longer one gets 414. */
  maxUrlBytes: number;
  /** Largest header section (request line included) in bytes; a larger one gets 431. */
  maxHeaderBytes: number;
}

export const defaultTransportLimits: TransportLimits = {
  // Time enough to upload a 16 MiB export at about 2.5 Mbit/s.
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  maxUrlBytes: 4096,
  maxHeaderBytes: 16 * 1024,
};

/** How often Node looks for requests over their time limits: often enough that a limit is kept to within a quarter. */
export function timeoutCheckInterval(limits: TransportLimits): number {
  return Math.max(10, Math.min(1000, Math.floor(Math.min(limits.requestTimeoutMs, limits.headersTimeoutMs) / 4)));
}
