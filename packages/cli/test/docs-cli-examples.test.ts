import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const repository = join(import.meta.dirname, "..", "..", "..");
const documents = ["README.md", "docs/cli.md", "packages/cli/README.md"];

/** The `console` blocks of the documents: a `$ czt …` command line, then its output. */
function examples(): { document: string; command: string[]; output: string }[] {
  return documents.flatMap((document) => examplesOf(document));
}

function examplesOf(document: string): { document: string; command: string[]; output: string }[] {
  const doc = readFileSync(join(repository, document), "utf8");
  return [...doc.matchAll(/```console\n\$ czt ([^\n]+)\n([\s\S]*?)```/g)].map((match) => ({
    document,
    command: match[1]!.split(" "),
    output: match[2]!.split("\n$ ")[0]!,
  }));
}

/** Timings differ from run to run. */
function withoutTimings(text: string): string {
  return text
    .replace(/^elapsed: .*$/m, "elapsed: …")
    .replace(/"elapsedMs": \d+/, '"elapsedMs": 0')
    .replace(/"recordsPerSecond": \d+/, '"recordsPerSecond": 0');
}

describe("the CLI documentation", () => {
  it("has example reports in docs/cli.md and the README", () => {
    expect(examplesOf("docs/cli.md").length).toBeGreaterThanOrEqual(2);
    expect(examplesOf("packages/cli/README.md").length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples())("$document shows what `czt $command` really prints", async ({ command, output }) => {
    const run = await runCzt(command, { cwd: repository });
    expect(withoutTimings(run.stdout).trimEnd()).toBe(withoutTimings(output).trimEnd());
  });
});
