import { createServer, type IncomingHttpHeaders } from "node:http";

/** One request the receiver got: headers and the raw body bytes, as a subscriber's endpoint sees them. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
  at: number;
  /** The status the receiver answered. */
  status: number;
}

export interface LoopbackReceiver {
  url: string;
  received: Received[];
  /** Resolves when `count` requests have been answered 2xx (rejects after `timeoutMs`). */
  waitForAccepted(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/**
 * A subscriber's callback endpoint on 127.0.0.1 over real HTTP. `answer` decides the status of
 * each request (by its 0-based arrival number); 204 by default.
 */
export async function startReceiver(answer: (request: { index: number; headers: IncomingHttpHeaders; body: Buffer }) => number = () => 204): Promise<LoopbackReceiver> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      const status = answer({ index: received.length, headers: request.headers, body });
      received.push({ headers: request.headers, body, at: performance.now(), status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const accepted = () => received.filter((item) => item.status >= 200 && item.status < 300);
  return {
    url: `http://127.0.0.1:${port}/hooks/czt`,
    received,
    async waitForAccepted(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (accepted().length < count) {
        if (Date.now() > deadline) throw new Error(`the receiver accepted ${accepted().length} deliveries of ${count} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return accepted();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
