// The servers the load benchmark measures, each run in its own process: `bare`
// (Fastify + better-sqlite3, no validation, no auth), `reference` (the reference
// server), `reference-without-feed` (the same, its feed inserts dropped) or `unaudited`
// (the reference server reading as v1.0 did: no purpose check, no read audit — the
// skip-purpose and skip-audit faults, used here only to measure what they cost). Same
// database settings for all. Prints {"url", "token", "dir"} when listening.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import Fastify from "fastify";
import { createDemoTokens, createServer, openDatabase, TokenRegistry } from "../dist/index.js";

const mode = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), `czt-bench-${mode}-`));
const file = join(dir, "bench.db");

async function bare() {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE records (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT");
  const select = db.prepare("SELECT body FROM records WHERE id = ?");
  const insert = db.prepare("INSERT INTO records (id, body) VALUES (?, ?)");
  const app = Fastify({ logger: false });
  app.get("/bare/:id", (request, reply) => {
    const row = select.get(request.params.id);
    if (row === undefined) return reply.code(404).send({ status: 404 });
    return reply.type("application/json").send(row.body);
  });
  app.post("/bare", (request, reply) => {
    insert.run(request.body.id, JSON.stringify(request.body));
    return reply.code(201).send(request.body);
  });
  return { app, token: "" };
}

async function reference(faults = []) {
  const [demo] = createDemoTokens({ 430100: "bench-token-0123456789abcdef" });
  const tokens = new TokenRegistry();
  tokens.add(demo.token, demo.principal);
  return { app: createServer({ db: openDatabase(file), tokens, faults }), token: demo.token };
}

/**
 * The reference server with today's write path, for the change feed's same-run baseline: triggers
 * drop the inserts into `events` and `record_versions` (RAISE(IGNORE)), nothing else changes.
 */
async function referenceWithoutFeed() {
  const db = openDatabase(file);
  db.exec(`
    CREATE TRIGGER bench_no_events BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END;
    CREATE TRIGGER bench_no_versions BEFORE INSERT ON record_versions BEGIN SELECT RAISE(IGNORE); END;
  `);
  const [demo] = createDemoTokens({ 430100: "bench-token-0123456789abcdef" });
  const tokens = new TokenRegistry();
  tokens.add(demo.token, demo.principal);
  return { app: createServer({ db, tokens }), token: demo.token };
}

const starters = { bare, reference, "reference-without-feed": referenceWithoutFeed, unaudited: () => reference(["skip-purpose", "skip-audit"]) };
if (starters[mode] === undefined) throw new Error(`unknown server mode ${mode}`);
const { app, token } = await starters[mode]();
await app.listen({ port: 0, host: "127.0.0.1" });
// `dir` is removed by the benchmark once it has killed this process.
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${app.server.address().port}`, token, dir })}\n`);
