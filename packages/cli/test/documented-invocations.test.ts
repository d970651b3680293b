import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateHelp } from "../src/commands/validate-arguments.js";

const repository = join(import.meta.dirname, "..", "..", "..");
const read = (path: string) => readFileSync(join(repository, path), "utf8");
const documents = execFileSync("git", ["ls-files", "*.md"], { cwd: repository, encoding: "utf8" }).split("\n").filter((path) => path !== "");
const manifest = (dir: string) => JSON.parse(read(join(dir, "package.json"))) as { name: string; version: string; scripts?: Record<string, string>; bin?: Record<string, string> };
const workspaces = (manifest(".") as unknown as { workspaces: string[] }).workspaces;

/** Every match of `pattern` in the documents, with the document it is in. */
function invocations(pattern: RegExp): { document: string; match: RegExpMatchArray }[] {
  return documents.flatMap((document) => [...read(document).matchAll(pattern)].map((match) => ({ document, match })));
}

/** Ignored by git: build output, which a fresh checkout does not have until `npm run build`. */
const isBuildOutput = (path: string) => spawnSync("git", ["check-ignore", "-q", path], { cwd: repository }).status === 0;

describe("every invocation the documentation shows works in a fresh checkout", () => {
  it("`npx czt …`: the czt bin is a tracked file, so `npm ci` links node_modules/.bin/czt before any build", () => {
    expect(invocations(/npx czt /g).length).toBeGreaterThan(0);
    const bin = manifest("packages/cli").bin?.["czt"];
    expect(bin).toBeDefined();
    const path = join("packages/cli", bin!);
    expect(existsSync(join(repository, path))).toBe(true);
    expect(isBuildOutput(path), `${path} is build output: npm ci cannot link it in a fresh checkout`).toBe(false);
  });

  it("before the build, the czt bin says to build instead of failing obscurely", () => {
    const dir = mkdtempSync(join(tmpdir(), "czt-unbuilt-"));
    mkdirSync(join(dir, "bin"));
    copyFileSync(join(repository, "packages/cli/bin/czt.js"), join(dir, "bin/czt.js"));
    const run = spawnSync(process.execPath, [join(dir, "bin/czt.js"), "--version"], { encoding: "utf8" });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: "czt: the CLI is not built yet: run `npm run build` at the repository root first\n" });
  });

  it("after the build, the czt bin runs the CLI", () => {
    const run = spawnSync(process.execPath, [join(repository, "packages/cli/bin/czt.js"), "--version"], { encoding: "utf8" });
    expect(run.stdout).toBe(`${manifest("packages/cli").version}\n`);
  });

  it.each(invocations(/npm run ([\w:-]+)(?: -w (@?[\w/-]+))?/g).map(({ document, match }) => ({ document, script: match[1]!, workspace: match[2] })))(
    "$document: `npm run $script` exists (workspace: $workspace)",
    ({ script, workspace }) => {
      const dir = workspace === undefined ? "." : workspaces.find((path) => manifest(path).name === workspace);
      expect(dir, `no workspace ${workspace}`).toBeDefined();
      expect(Object.keys(manifest(dir!).scripts ?? {})).toContain(script);
    },
  );

  it.each(invocations(/node ((?:packages|conformance|scripts)\/[\w./-]+\.m?js)/g).map(({ document, match }) => ({ document, path: match[1]! })))(
    "$document: `node $path` is a file, or the build output of one",
    ({ path }) => {
      const source = path.replace(/^(packages\/[\w-]+)\/dist\/(.*)\.js$/, "$1/src/$2.ts");
      expect(existsSync(join(repository, isBuildOutput(path) ? source : path)), `${path} (${source})`).toBe(true);
    },
  );
});

describe("docs/rules.md", () => {
  it("names only options that czt validate has", () => {
    const options = [...read("docs/rules.md").matchAll(/`(?:czt validate )?(--[a-z-]+)/g)].map((match) => match[1]!);
    expect(options.length).toBeGreaterThan(0);
    const known = new Set([...validateHelp.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]!));
    expect(options.filter((option) => !known.has(option))).toEqual([]);
  });
});
