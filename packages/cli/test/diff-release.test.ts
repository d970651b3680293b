import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const repository = join(import.meta.dirname, "..", "..", "..");
const releases = readdirSync(join(repository, "schemas", "releases")).filter((name) => /^\d+\.\d+$/.test(name));
const [major, minor] = (JSON.parse(readFileSync(join(repository, "schemas", "common.schema.json"), "utf8")).$id as string).match(/\/schemas\/(\d+)\.(\d+)\//)!.slice(1).map(Number) as [number, number];
/** The latest release of the working tree's major version, older than the working tree. */
const latest = releases
  .map((name) => name.split(".").map(Number) as [number, number])
  .filter(([releaseMajor, releaseMinor]) => releaseMajor === major && releaseMinor < minor)
  .sort((a, b) => a[1] - b[1])
  .at(-1);

describe(`the working tree (${major}.${minor}) against the latest release of major ${major}`, () => {
  it("that release exists", () => {
    expect(latest, `no release ${major}.x in schemas/releases/ (have: ${releases.join(", ")})`).toBeDefined();
  });

  it("makes no valid data invalid: czt diff <release> working --fail-on producer exits 0", async () => {
    const run = await runCzt(["diff", latest!.join("."), "working", "--fail-on", "producer", "--format", "json"], { cwd: repository });
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { changes: { breaks: string[]; location: string; message: string; correction?: string }[]; unmatchedCorrections: unknown[] };
    const breaking = report.changes.filter((change) => change.breaks.includes("producer") && change.correction === undefined).map((change) => `${change.location}: ${change.message}`);
    expect(breaking).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("declares only corrections that happened, each explained in the changelog", async () => {
    const run = await runCzt(["diff", latest!.join("."), "working", "--format", "json"], { cwd: repository });
    const report = JSON.parse(run.stdout) as { changes: { location: string; correction?: string }[]; unmatchedCorrections: unknown[] };
    expect(report.unmatchedCorrections).toEqual([]);
    const changelog = readFileSync(join(repository, "CHANGELOG.md"), "utf8");
    for (const change of report.changes.filter((entry) => entry.correction !== undefined)) {
      const subject = change.location.split(": ").at(-1)!.replace(/^code /, "");
      expect(changelog, `CHANGELOG.md does not explain the correction of ${change.location}`).toContain(`\`${subject}\``);
    }
  });
});
