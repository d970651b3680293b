import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as domain from "../src/index.js";

// The README's example lines are `call; // → JSON result`; each is run and compared,
// so the documentation cannot drift from the behaviour.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const examples = block
  .split("\n")
  .map((line) => /^(.+?); \/\/ → (.+)$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ call: m[1]!, expected: m[2]! }));

describe("README example", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)("$call", ({ call, expected }) => {
    const names = Object.keys(domain);
    const run = new Function(...names, `return (${call});`) as (...args: unknown[]) => unknown;
    const actual = run(...names.map((n) => (domain as Record<string, unknown>)[n]));
    expect(actual).toEqual(JSON.parse(expected));
  });
});
