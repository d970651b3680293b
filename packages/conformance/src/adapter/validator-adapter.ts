import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InputItem } from "@czt/validator";
import { readInputs } from "@czt/validator/node";
import type { AdapterHandlers } from "./serve-adapter.js";
import { createVectorRunner, type VectorRunnerOptions } from "./run-vector.js";

const ownVersion = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Reads a raw vector the way `czt validate` reads a file: through the validator's Node readers. */
async function* readRaw(bytes: Uint8Array, format: "json" | "jsonl" | "csv"): AsyncIterable<InputItem> {
  const directory = mkdtempSync(join(tmpdir(), "czt-vector-"));
  const file = join(directory, `vector.${format}`);
  try {
    writeFileSync(file, bytes);
    yield* readInputs([file]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The adapter of the project's own validator: every vector is supported. */
export function validatorAdapter(options: Omit<VectorRunnerOptions, "readRaw"> = {}): AdapterHandlers {
  const run = createVectorRunner({ ...options, readRaw });
  return {
    implementation: { name: "@czt/validator", language: "typescript", version: ownVersion, homepage: "https://czt-ss.org" },
    unsupported: [],
    run,
  };
}
