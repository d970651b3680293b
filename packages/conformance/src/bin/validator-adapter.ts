#!/usr/bin/env node
// The harness adapter of the project's validator: `node validator-adapter.js` speaks the
// line protocol on stdin/stdout (docs/conformance.md). It is what
// `czt conformance vectors` starts when no --implementation is given.
import { validatorAdapter } from "../adapter/validator-adapter.js";
import { serveAdapter } from "../adapter/serve-adapter.js";

serveAdapter(process.stdin, process.stdout, validatorAdapter()).catch((error: unknown) => {
  process.stderr.write(`czt validator adapter: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
