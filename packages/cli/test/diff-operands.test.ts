import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const fixtures = join(import.meta.dirname, "..", "..", "standard-diff", "test", "fixtures");
const fixture = (name: string, side: "old" | "new") => join(fixtures, name, side);

/** A git repository whose first commit has the old version as schemas/ and whose working tree has the new one. */
function repositoryWithHistory(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "czt-diff-git-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: dir, stdio: "pipe" });
  git("init", "-q");
  cpSync(fixture(name, "old"), join(dir, "schemas"), { recursive: true });
  git("add", ".");
  git("commit", "-q", "-m", "old");
  cpSync(fixture(name, "new"), join(dir, "schemas"), { recursive: true });
  return dir;
}

describe("czt diff operands", () => {
  it("a git revision (bare or git:REV[:PATH]) against the working tree", async () => {
    const dir = repositoryWithHistory("length-narrowed");
    for (const old of ["HEAD", "git:HEAD", "git:HEAD:schemas"]) {
      const run = await runCzt(["diff", old, "working", "--format", "json"], { cwd: dir });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
      expect(JSON.parse(run.stdout).changes.map((change: { kind: string; location: string }) => `${change.kind} ${change.location}`)).toEqual(["length-narrowed thing.schema.json: id"]);
    }
    const same = await runCzt(["diff", "HEAD", "git:HEAD"], { cwd: dir });
    expect(same).toEqual({ code: 0, stdout: "HEAD → git:HEAD: no changes\n", stderr: "" });
  });

  it("a checkout directory stands for its schemas/", async () => {
    const dir = repositoryWithHistory("length-narrowed");
    const run = await runCzt(["diff", fixture("length-narrowed", "old"), "."], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("thing.schema.json: id — length narrowed: maxLength 32 → 16 [breaks producers]");
  });

  it("a version is a release, or the working tree when it has that version; outside a repository, the versions @czt/schemas ships", async () => {
    const repository = join(import.meta.dirname, "..", "..", "..");
    const byWord = await runCzt(["diff", "1.0", "working", "--format", "json"], { cwd: repository });
    const working = (JSON.parse(readFileSync(join(repository, "schemas", "common.schema.json"), "utf8")).$id as string).split("/").at(-2)!;
    const byVersion = await runCzt(["diff", "1.0", working, "--format", "json"], { cwd: repository });
    const outside = await runCzt(["diff", "1.0", "working", "--format", "json"], { cwd: mkdtempSync(join(tmpdir(), "czt-diff-outside-")) });
    const changes = (run: { stdout: string }) => JSON.parse(run.stdout).changes;
    expect(changes(byWord).length).toBeGreaterThan(0);
    expect(changes(byVersion)).toEqual(changes(byWord));
    expect(changes(outside)).toEqual(changes(byWord));
  });

  it("--fail-on chooses the side that fails the run", async () => {
    const [old, current] = [fixture("code-added-closed", "old"), fixture("code-added-closed", "new")];
    expect((await runCzt(["diff", old, current])).code).toBe(1);
    expect((await runCzt(["diff", old, current, "--fail-on", "consumer"])).code).toBe(1);
    expect((await runCzt(["diff", old, current, "--fail-on", "producer"])).code).toBe(0);
    expect((await runCzt(["diff", old, current, "--fail-on", "none"])).code).toBe(0);
  });

  it.each([
    [[], "czt diff: give two operands, <old> and <new> (got 0; see --help)"],
    [["a"], "czt diff: give two operands, <old> and <new> (got 1; see --help)"],
    [["9.9", "working"], "czt diff: no version 9.9 (not in schemas/releases/, and the working tree is another; versions: 1.0"],
    [["no-such-thing", "working"], "czt diff: no-such-thing: not a directory, a release (schemas/releases/no-such-thing/), 'working', or a git revision"],
    [["git:no-such-revision", "working"], "czt diff: git:no-such-revision: unknown git revision 'no-such-revision'"],
    [["git:", "working"], "czt diff: git:: give a revision after git: (git:HEAD~3, git:v1.0:schemas)"],
    [["package.json", "working"], "czt diff: package.json: not a directory (give a directory laid out like schemas/)"],
    [["working", "working", "--format", "xml"], "czt diff: --format must be one of text, json, markdown, not 'xml'"],
    [["working", "working", "--fail-on", "all"], "czt diff: --fail-on must be one of any, producer, consumer, none, not 'all'"],
  ])("usage error %j: one line, exit 2", async (args, message) => {
    const run = await runCzt(["diff", ...args], { cwd: join(import.meta.dirname, "..", "..", "..") });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("a file that is not JSON is named, with the parser's message, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "czt-diff-bad-"));
    cpSync(fixture("code-removed", "new"), dir, { recursive: true });
    writeFileSync(join(dir, "codelists", "sex.json"), '{"id": "sex",');
    const run = await runCzt(["diff", fixture("code-removed", "old"), dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^czt diff: ${dir.replaceAll("\\", "\\\\")}: cannot read codelists/sex\\.json: .+\\n$`));
  });

  it("--help shows the operands and exits 0", async () => {
    const run = await runCzt(["diff", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("git:REV[:PATH]");
  });
});
