import type { FastifyInstance } from "fastify";
import { createServer, type ServerOptions } from "./app.js";
import { createDemoTokens, type DemoToken, TokenRegistry } from "./auth/token-registry.js";
import { readExportDirectory } from "./demo/read-exports.js";
import { type SeedResult, seedRecords } from "./demo/seed.js";
import { type Db, openDatabase } from "./store/database.js";
import { RecordChecker } from "./validation/record-checker.js";

export interface SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  /** Loopback only: 127.0.0.1, ::1 or localhost. */
  host: string;
  /** A database file, or `:memory:`. */
  db: string;
  /** Directory of example exports to load; none when undefined. */
  examplesDir?: string;
  onInternalError?: ServerOptions["onInternalError"];
}

export interface Sandbox {
  server: FastifyInstance;
  db: Db;
  url: string;
  demoTokens: DemoToken[];
  /** What was loaded from the example exports (undefined without examplesDir). */
  seeded: (SeedResult & { files: string[] }) | undefined;
  close(): Promise<void>;
}

const loopbackHosts = new Set(["127.0.0.1", "::1", "localhost"]);

/** Starts the sandbox vendors develop against: the reference server on loopback, seeded with the example exports. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (!loopbackHosts.has(options.host)) throw new Error(`the sandbox listens on loopback only (127.0.0.1, ::1, localhost), not ${options.host}`);
  const db = openDatabase(options.db);
  const demoTokens = createDemoTokens();
  const tokens = new TokenRegistry();
  for (const demo of demoTokens) tokens.add(demo.token, demo.principal);
  const checker = new RecordChecker();
  let seeded: Sandbox["seeded"];
  if (options.examplesDir !== undefined) {
    const files = readExportDirectory(options.examplesDir);
    const items = files.flatMap((file) => file.records.map((record) => ({ record, publisher: file.publisher ?? demoTokens[0]!.principal.agency })));
    seeded = { files: files.map((file) => file.file), ...seedRecords(db, items, checker) };
  }
  const server = createServer({ db, tokens, checker, ...(options.onInternalError === undefined ? {} : { onInternalError: options.onInternalError }) });
  await server.listen({ port: options.port, host: options.host });
  const address = server.server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    server,
    db,
    url: `http://${host}:${port}`,
    demoTokens,
    seeded,
    async close() {
      await server.close();
      db.close();
    },
  };
}
