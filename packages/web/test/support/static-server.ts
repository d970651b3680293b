import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

export interface StaticServer {
  url: string;
  /** Every path asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

/** A plain static server of a folder on loopback, as an intranet server would host the page (no CSP header). */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const served: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    served.push(path);
    const file = join(folder, normalize(path === "/" ? "/index.html" : path));
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
