/**
 * The check a package with a platform-neutral core runs on itself (`test/core-is-browser-safe.test.ts`
 * of `@czt/validator` and `@czt/mapping`): every source file outside `src/node/` imports no
 * Node module, uses no `process` or `require`, and imports nothing from `src/node/` — so the
 * core bundles for the validation page.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function coreFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === "node" ? [] : coreFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** `src`: the package's source folder; `what`: how the test names the core and what it is for. */
export function describeBrowserSafeCore(src: string, what: { core: string; purpose: string }): void {
  describe(`${what.core} (everything but src/node/)`, () => {
    it(`imports no node: module, no fs and uses no process, so ${what.purpose}`, () => {
      const offenders = coreFiles(src).flatMap((file) => {
        const text = readFileSync(file, "utf8");
        const problems: string[] = [];
        if (/from\s+["'](node:|fs|path|os|worker_threads|child_process)/.test(text)) problems.push("imports a Node module");
        if (/\bprocess\.|\brequire\(/.test(text)) problems.push("uses process or require");
        if (/from\s+["'][^"']*\/node\//.test(text)) problems.push("imports from src/node");
        return problems.map((problem) => `${relative(src, file)}: ${problem}`);
      });
      expect(offenders).toEqual([]);
    });
  });
}
