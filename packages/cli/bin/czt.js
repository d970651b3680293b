#!/usr/bin/env node
// The `czt` command. It is a source file (not build output), so that `npm ci` in a fresh
// checkout links `node_modules/.bin/czt` and `npx czt` never asks the registry for another
// package; until `npm run build` has made dist/, it says so instead of failing obscurely.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (existsSync(main)) await import(main.href);
else {
  process.stderr.write("czt: the CLI is not built yet: run `npm run build` at the repository root first\n");
  process.exitCode = 2;
}
