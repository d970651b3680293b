/**
 * `docs/vendors.md` tells vendors the commands and options this suite runs: it must quote
 * each of them exactly as `src/toolchains.ts` holds them, and the versions it names must be
 * the pinned ones.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { harnessDirectory, repositoryRoot, suiteDirectory } from "../src/paths.js";
import { commandLine, openApiGenerators, quicktypeCall, quicktypeLanguages, quicktypeSources, tscArgs } from "../src/toolchains.js";

const doc = readFileSync(join(repositoryRoot, "docs", "vendors.md"), "utf8");
const pinned = (JSON.parse(readFileSync(join(suiteDirectory, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies;

/** The lines of the doc's fenced code blocks of a language. */
function codeBlocks(language: string): string[] {
  return [...doc.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].flatMap((match) => match[1]!.split("\n"));
}

describe("docs/vendors.md quotes every command the suite runs", () => {
  const shellLines = codeBlocks("sh");
  const jsLines = codeBlocks("js");

  it("each TypeScript generator's command line, and the tsc command, as shell lines", () => {
    for (const generator of Object.values(openApiGenerators)) expect(shellLines).toContain(commandLine(generator.bin, generator.args));
    expect(shellLines).toContain(commandLine("tsc", tscArgs));
  });

  it("each quicktype call, with its options, and each language's build commands and serialisation rules", () => {
    for (const [name, language] of Object.entries(quicktypeLanguages)) {
      expect(jsLines, name).toContain(quicktypeCall(name as keyof typeof quicktypeLanguages));
      for (const command of language.build) expect(shellLines, name).toContain(command);
      expect(doc, name).toContain(language.serialisation);
    }
    expect(doc).toContain(`for (const name of ${JSON.stringify(quicktypeSources).replaceAll(",", ", ")})`);
  });

  it("the offline schema store quicktype reads the bundles with, line for line", () => {
    const source = readFileSync(join(suiteDirectory, "src", "generate-types.ts"), "utf8");
    const store = /class OfflineSchemaStore[\s\S]*?\n}\n/.exec(source)?.[0];
    expect(store).toBeDefined();
    // The doc's JavaScript is the TypeScript without its type annotations.
    const untyped = store!.replace(/\(address: string\): Promise<JSONSchema \| undefined>/, "(address)");
    expect(doc).toContain(untyped);
  });

  // The doc's snippet of each round-trip program (its fenced block's language, the harness file).
  for (const [language, program] of [
    ["java", "RoundTrip.java"],
    ["csharp", "RoundTrip.cs"],
  ] as const) {
    it(`the ${language} serialiser settings of ${program}, line for line`, () => {
      const harness = readFileSync(join(harnessDirectory, program), "utf8")
        .split("\n")
        .map((line) => line.trim());
      const snippet = codeBlocks(language)
        .map((line) => line.trim())
        .filter((line) => line !== "");
      expect(snippet.length).toBeGreaterThan(4);
      for (const line of snippet) expect(harness, line).toContain(line);
    });
  }

  it("the pinned version of every generator", () => {
    for (const name of ["openapi-typescript", "@hey-api/openapi-ts", "orval", "openapi-fetch", "quicktype-core"]) {
      expect(pinned[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(doc, name).toContain(`${name} ${pinned[name]}`);
    }
  });
});
