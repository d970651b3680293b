import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, relative, resolve, sep } from "node:path";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { integerOption, parseOptions } from "../parse-options.js";
import { webPageFolder, webPagePolicy } from "./web-page.js";

export const webHelp = `Usage: czt web [--port N] [--host 127.0.0.1] | --out DIR

The validation page: CZT-SS exports checked in the browser, in a Web Worker, with the
data never leaving the machine (the page makes no network request).

  (no option)      serve the page on loopback at http://127.0.0.1:8090/validate/
  --port N         port to listen on (default 8090; 0 picks a free one)
  --host HOST      127.0.0.1 (default), ::1 or localhost — never another interface
  --out DIR        copy the page's files to DIR instead, for any intranet web server
                   (serve them over http(s): browsers run no worker from file://)
  -h, --help       this help

Stop the server with Ctrl+C.
`;

const mediaTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

const mount = "/validate/";

function countFiles(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = "text/plain; charset=utf-8"): void {
  response.writeHead(status, {
    "content-type": type,
    "content-security-policy": webPagePolicy,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
  });
  response.end(body);
}

/** The file a request path names inside `folder`, or undefined (outside it, or none). */
function fileOf(folder: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const file = resolve(folder, `.${sep}${decoded.slice(mount.length) || "index.html"}`);
  if (relative(folder, file).startsWith("..") || !file.startsWith(folder + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export const web: Command = async (argv, io) => {
  const { values } = parseOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(webHelp);
    return ExitCode.ok;
  }
  const folder = webPageFolder();
  if (values.out !== undefined) {
    const target = resolve(io.cwd, values.out);
    cpSync(folder, target, { recursive: true });
    io.stdout.write(`copied the validation page (${countFiles(folder)} files) to ${values.out}: serve that folder with any web server and open its index.html\n`);
    return ExitCode.ok;
  }
  const port = integerOption("--port", values.port, { max: 65535 }) ?? 8090;
  const host = values.host ?? "127.0.0.1";
  if (!["127.0.0.1", "::1", "localhost"].includes(host)) throw new UsageError(`the page is served on loopback only (127.0.0.1, ::1, localhost), not ${host}`);

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "method not allowed\n");
    if (path === "/" || path === "/validate") {
      response.writeHead(302, { location: mount });
      return response.end();
    }
    const file = path.startsWith(mount) ? fileOf(folder, path) : undefined;
    if (!file) return send(response, 404, "not found\n");
    send(response, 200, readFileSync(file), mediaTypes[extname(file)] ?? "application/octet-stream");
  });
  await new Promise<void>((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => fail(error.code === "EADDRINUSE" ? new UsageError(`port ${port} is in use: pick another with --port`) : error));
    server.listen(port, host, done);
  });
  const stopped = new Promise<void>((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  io.stdout.write(`CZT-SS validation page on http://${shown}:${address.port}${mount}\nPress Ctrl+C to stop.\n`);
  await stopped;
  await new Promise<void>((done) => server.close(() => done()));
  return ExitCode.ok;
};

