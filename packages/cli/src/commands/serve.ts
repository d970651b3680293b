import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { integerOption, parseOptions } from "../parse-options.js";

export const serveHelp = `Usage: czt serve [--port N] [--db FILE] [--host 127.0.0.1] [--examples DIR | --no-examples]

Starts the sandbox of the CZT-SS exchange API: the reference server on loopback,
a SQLite database (WAL), the example exports loaded, and one demo token per city.

  --port N         port to listen on (default 8080; 0 picks a free one)
  --db FILE        database file (default ./czt-sandbox.sqlite; ":memory:" keeps nothing)
  --host HOST      127.0.0.1 (default), ::1 or localhost — never another interface
  --examples DIR   export files to load (default: the examples/json of this repository)
  --no-examples    start empty

The contract is served at /openapi.json and its reference page at /docs.
Stop with Ctrl+C.
`;

/** The example exports of the repository, found from this file (packages/cli/dist/commands/serve.js). */
const bundledExamples = fileURLToPath(new URL("../../../../examples/json", import.meta.url));

const parsePort = (value: string | undefined) => integerOption("--port", value, { max: 65535 }) ?? 8080;

export const serve: Command = async (argv, io) => {
  const { values } = parse(argv);
  if (values.help) {
    io.stdout.write(serveHelp);
    return ExitCode.ok;
  }
  const port = parsePort(values.port);
  const host = values.host ?? "127.0.0.1";
  if (!["127.0.0.1", "::1", "localhost"].includes(host)) throw new UsageError(`the sandbox listens on loopback only (127.0.0.1, ::1, localhost), not ${host}`);
  const db = values.db === undefined ? resolve(io.cwd, "czt-sandbox.sqlite") : values.db === ":memory:" ? ":memory:" : resolve(io.cwd, values.db);
  let examplesDir: string | undefined;
  if (!values["no-examples"]) {
    examplesDir = values.examples === undefined ? bundledExamples : resolve(io.cwd, values.examples);
    if (!existsSync(examplesDir)) {
      if (values.examples !== undefined) throw new UsageError(`no such directory: ${values.examples}`);
      examplesDir = undefined;
    }
  }

  const { startSandbox } = await import("@czt/reference-server");
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  try {
    sandbox = await startSandbox({
      port,
      host,
      db,
      ...(examplesDir === undefined ? {} : { examplesDir }),
      onInternalError: (error, request) => io.stderr.write(`czt serve: internal error on ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}\n`),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE") throw new UsageError(`port ${port} is in use: pick another with --port`);
    throw error;
  }

  // Listen for the stop signals before telling anyone we are up.
  const stopped = new Promise<void>((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
  const out = (line: string) => io.stdout.write(`${line}\n`);
  out(`CZT-SS sandbox on ${sandbox.url} (database ${db === ":memory:" ? ":memory:" : relative(io.cwd, db) || db})`);
  out(`contract   ${sandbox.url}/openapi.json`);
  out(`reference  ${sandbox.url}/docs`);
  if (sandbox.seeded !== undefined) {
    out(`examples   ${sandbox.seeded.loaded} records loaded, ${sandbox.seeded.skipped.length} skipped, from ${sandbox.seeded.files.length} files`);
  }
  for (const { principal, token } of sandbox.demoTokens) {
    out(`token ${principal.city} ${principal.agency.department} ${principal.agency.name ?? principal.agency.creditCode} [${principal.scopes.join(" ")}] ${token}`);
  }
  out("Press Ctrl+C to stop.");

  await stopped;
  await sandbox.close();
  return ExitCode.ok;
};

function parse(argv: string[]) {
  return parseOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      db: { type: "string" },
      host: { type: "string" },
      examples: { type: "string" },
      "no-examples": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
