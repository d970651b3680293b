import type { Command } from "./io.js";

interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every czt command, loaded lazily so that `czt validate` does not pay for the
 * server or the generators. One file per command under ./commands/.
 * Keys with a space are sub-commands (`czt conformance vectors`).
 */
export const commands: Readonly<Record<string, CommandEntry>> = {
  validate: {
    summary: "validate export files (JSON, JSON Lines, CSV, XLSX) against the CZT-SS standard",
    load: async () => (await import("./commands/validate.js")).validate,
  },
  "dataset-rules": {
    summary: "run the dataset rules as SQL over a dataset index written by validate --emit-index (DuckDB, spills to disk)",
    load: async () => (await import("./commands/dataset-rules.js")).datasetRules,
  },
  map: {
    summary: "map legacy exports (XLSX, CSV with Chinese headers or indicator codes, JSON Lines) to a CZT-SS export through a mapping file",
    load: async () => (await import("./commands/map.js")).map,
  },
  migrate: {
    summary: "rewrite exports to a newer minor version of the standard (streaming)",
    load: async () => (await import("./commands/migrate.js")).migrate,
  },
  generate: {
    summary: "generate realistic synthetic records (JSON, JSON Lines, CSV) for load tests",
    load: async () => (await import("./commands/generate.js")).generate,
  },
  diff: {
    summary: "compare two versions of the standard and classify every change (breaking for producers, consumers, or compatible)",
    load: async () => (await import("./commands/diff.js")).diff,
  },
  "conformance vectors": {
    summary: "run the conformance vectors against an implementation's adapter",
    load: async () => (await import("./commands/conformance-vectors.js")).conformanceVectors,
  },
  serve: {
    summary: "start the exchange API sandbox (reference server, example data, demo tokens) on loopback",
    load: async () => (await import("./commands/serve.js")).serve,
  },
  web: {
    summary: "serve the validation page on loopback (/validate), or copy it with --out DIR for any web server",
    load: async () => (await import("./commands/web.js")).web,
  },
  "export-changes": {
    summary: "write a delta export (JSON Lines of the changes after a feed position) from an exchange API server's GET /v1/events",
    load: async () => (await import("./commands/export-changes.js")).exportChanges,
  },
  "conformance api": {
    summary: "check a server against the exchange API contract (property-based, seeded)",
    load: async () => (await import("./commands/conformance-api.js")).conformanceApi,
  },
};
