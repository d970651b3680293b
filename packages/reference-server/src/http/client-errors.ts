import type { Socket } from "node:net";
import { ProblemException, problemContentType } from "./problem.js";

/** The problem for a request Node's HTTP parser refused before any route saw it. */
function clientProblem(code: string | undefined): ProblemException {
  switch (code) {
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new ProblemException(408, "request-timeout", "Request timeout", "the request did not arrive in time; the connection is closed");
    case "HPE_HEADER_OVERFLOW":
      return new ProblemException(431, "request-header-fields-too-large", "Request header fields too large", "the request line and headers are over the size limit");
    default:
      return new ProblemException(400, "bad-request", "Bad request", "the request is not well-formed HTTP/1.1");
  }
}

/**
 * Answers a request the HTTP parser refused (timeout, oversized headers, malformed
 * HTTP) with problem+json like every other error, then closes the connection, as Node
 * itself would.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientProblem(error.code).problem;
    const body = JSON.stringify(problem);
    const statusText = problem.title;
    socket.write(
      `HTTP/1.1 ${problem.status} ${statusText}\r\nContent-Type: ${problemContentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
