import type { Socket } from "node:net";
import type { FastifyRequest } from "fastify";
import { contract } from "./contract.js";

/** A host name, IPv4 address or bracketed IPv6 address, with an optional port: nothing else is echoed into the document. */
const authorityPattern = /^(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62})*\.?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/** The address and port the connection arrived on, for a request without a usable Host. */
function socketAuthority(socket: Socket): string {
  const address = (socket.localAddress ?? "127.0.0.1").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return `${address.includes(":") ? `[${address}]` : address}:${socket.localPort ?? ""}`;
}

/**
 * The origin a client reached this server by: the scheme and Host of the request, which
 * are those of the proxy (X-Forwarded-Proto, X-Forwarded-Host) only when Fastify's
 * `trustProxy` trusts the peer. An unusable Host falls back to the listening address.
 */
export function requestOrigin(request: FastifyRequest): string {
  const protocol = request.protocol === "https" ? "https" : "http";
  const host = request.host;
  return `${protocol}://${authorityPattern.test(host) ? host : socketAuthority(request.socket)}`;
}

/** The contract as this server serves it: the committed bundle with `servers` naming the origin it was asked at. */
export function servedContract(origin: string): Record<string, unknown> {
  return { ...contract, servers: [{ url: origin, description: "This server (the origin /openapi.json was fetched from)" }] };
}
