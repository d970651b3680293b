import { connect, type Socket } from "node:net";

/** What came back on a raw connection: everything the server wrote before it closed (or the wait ended). */
export interface RawAnswer {
  text: string;
  status: number | undefined;
  closed: boolean;
  elapsedMs: number;
}

/** Opens a TCP connection to a test server's `http://127.0.0.1:port` URL. */
export function openSocket(url: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Collects what the server writes on `socket` until it closes the connection or `waitMs` passes. */
export function collect(socket: Socket, waitMs: number): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let text = "";
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.removeAllListeners("data");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve({ text, status: status === undefined ? undefined : Number(status), closed, elapsedMs: performance.now() - started });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
    });
    socket.once("close", () => finish(true));
    socket.once("error", () => undefined);
  });
}

/** Sends raw request bytes on a new connection and collects the answer. */
export async function rawRequest(url: string, request: string, waitMs = 5000): Promise<RawAnswer> {
  const socket = await openSocket(url);
  const answer = collect(socket, waitMs);
  socket.write(request);
  const result = await answer;
  socket.destroy();
  return result;
}

/** The JSON body of a raw HTTP/1.1 answer with Content-Length. */
export function bodyOf(answer: RawAnswer): unknown {
  const start = answer.text.indexOf("\r\n\r\n");
  return JSON.parse(answer.text.slice(start + 4));
}
