import { createServer, type IncomingHttpHeaders } from "node:http";

/** A request the runner's receiver got: headers, the raw body bytes, when (ms, the runner's clock) and what it answered. */
export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: Buffer;
  receivedAt: number;
  status: number;
}

export interface DeliveryReceiver {
  /** The callback URL to subscribe with. */
  url: string;
  received: ReceivedDelivery[];
  close(): Promise<void>;
}

/**
 * The subscriber side the runner plays itself: an HTTP endpoint on 127.0.0.1 (the server under
 * test must be able to reach the runner's loopback, i.e. run on the same host). `answer` picks
 * the status of each request by its 0-based arrival number.
 */
export async function startDeliveryReceiver(answer: (index: number) => number): Promise<DeliveryReceiver> {
  const received: ReceivedDelivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const status = answer(received.length);
      received.push({ headers: request.headers, body: Buffer.concat(chunks), receivedAt: Date.now(), status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/czt-conformance/deliveries`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
