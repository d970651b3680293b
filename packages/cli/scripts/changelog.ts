/**
 * The generated change lists of CHANGELOG.md. Each list sits between two marker comments;
 * the opening one names the `czt diff` invocation that writes it:
 *
 *   <!-- czt diff 1.0 working --format markdown -->
 *   …
 *   <!-- end of czt diff -->
 *
 * so that a released section keeps its own (`czt diff 1.0 1.1`) and the unreleased one compares
 * the latest release with the working tree.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const repository = join(import.meta.dirname, "..", "..", "..");
export const changelogPath = join(repository, "CHANGELOG.md");
const cli = join(repository, "packages", "cli", "dist", "main.js");

const block = /(<!-- czt diff ([^>]*?) -->\n)[\s\S]*?(<!-- end of czt diff -->)/g;

/** The change list the built CLI writes for `czt diff <args>` (run at the repository root). */
export function changeList(args: string): string {
  const run = spawnSync(process.execPath, [cli, "diff", ...args.split(" "), "--fail-on", "none"], { cwd: repository, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`czt diff ${args} failed (exit ${run.status}): ${run.stderr.trim()}`);
  return run.stdout;
}

/** The changelog with every generated change list rewritten. */
export function regenerate(changelog: string, list: (args: string) => string = changeList): string {
  return changelog.replace(block, (_match, open: string, args: string, close: string) => `${open}\n${list(args)}\n${close}`);
}

/** The `czt diff` invocations the changelog's markers name. */
export function invocations(changelog: string): string[] {
  return [...changelog.matchAll(block)].map((match) => match[2]!);
}
