import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "src");

function coreFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === "node" ? [] : coreFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the mapping core (everything but src/node/)", () => {
  it("imports no node: module, no fs and uses no process, so the page maps in a browser", () => {
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
