import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { isStandardFile, parseStandardTree, StandardFileError, type StandardTree, standardVersion } from "@czt/standard-diff";
import { UsageError } from "../io.js";

/** The files of one operand of `czt diff`: path relative to the version's root → text. */
interface Operand {
  label: string;
  files: Map<string, string>;
}

/** The word that names the working tree of the standard (`schemas/` of this repository). */
export const workingTreeWord = "working";

const versionName = /^\d+\.\d+$/;

function hasStandardFiles(dir: string): boolean {
  return readdirSync(dir).some((name) => name.endsWith(".schema.json") || name === "codelists" || name === "openapi");
}

/**
 * The working tree of the standard: `schemas/` of the repository around `cwd` (the nearest
 * directory up that has one), else the copy that the installed @czt/schemas ships (with its releases/).
 */
function standardHome(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = resolve(dir, "..")) {
    const schemas = join(dir, "schemas");
    if (existsSync(schemas) && statSync(schemas).isDirectory() && hasStandardFiles(schemas)) return schemas;
    if (resolve(dir, "..") === dir) break;
  }
  const shipped = join(dirname(createRequire(import.meta.url).resolve("@czt/schemas/package.json")), "schemas");
  if (existsSync(shipped)) return shipped;
  throw new UsageError(`no schemas/ directory of the standard in ${cwd} or above it`);
}

/** Every standard file under `root`; `releases/` (the frozen versions) is not part of the working tree. */
function readDirectory(root: string, label: string): Operand {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "releases" && entry.name !== "node_modules") walk(path);
        continue;
      }
      const name = relative(root, path).split("\\").join("/");
      if (isStandardFile(name)) files.set(name, readFileSync(path, "utf8"));
    }
  };
  walk(root);
  if (files.size === 0) throw new UsageError(`${label}: no schema, code list or OpenAPI file in ${root}`);
  return { label, files };
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

function isRevision(revision: string, cwd: string): boolean {
  try {
    git(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** The standard files under `path` (relative to the repository) at a git revision. */
function readRevision(revision: string, path: string, cwd: string, label: string): Operand {
  let top: string;
  try {
    top = git(["rev-parse", "--show-toplevel"], cwd).trim();
  } catch {
    throw new UsageError(`${label}: ${cwd} is not in a git repository`);
  }
  if (!isRevision(revision, top)) throw new UsageError(`${label}: unknown git revision '${revision}'`);
  const prefix = path.replace(/^\.?\/+|\/+$/g, "");
  const names = git(["ls-tree", "-r", "-z", "--name-only", revision, "--", `${prefix}/`], top).split("\0").filter((name) => name !== "");
  const files = new Map<string, string>();
  for (const name of names) {
    const inner = name.slice(prefix.length + 1);
    if (inner.startsWith("releases/") || !isStandardFile(inner)) continue;
    files.set(inner, git(["show", `${revision}:${name}`], top));
  }
  if (files.size === 0) throw new UsageError(`${label}: no schema, code list or OpenAPI file under ${prefix}/ at ${revision}`);
  return { label, files };
}

function parse({ label, files }: Operand): StandardTree {
  try {
    return parseStandardTree(label, files);
  } catch (error) {
    if (error instanceof StandardFileError) throw new UsageError(`${label}: cannot read ${error.message}`);
    throw error;
  }
}

/**
 * Reads an operand: a directory laid out like `schemas/` (or a checkout that has one), a
 * version (`1.0` → schemas/releases/1.0/, or the working tree when it is that version),
 * `working` (schemas/ of this repository), `git:REV[:PATH]`, or a bare git revision (`HEAD~3`: its schemas/).
 */
export function readOperand(operand: string, cwd: string): StandardTree {
  if (!versionName.test(operand) || existsSync(resolve(cwd, operand))) return parse(readFiles(operand, cwd));
  const home = standardHome(cwd);
  const release = join(home, "releases", operand);
  if (existsSync(release)) return parse(readDirectory(release, operand));
  const working = parse(readDirectory(home, operand));
  if (standardVersion(working) === operand) return working;
  const releases = existsSync(join(home, "releases")) ? readdirSync(join(home, "releases")).filter((name) => versionName.test(name)) : [];
  const known = [...releases, ...(standardVersion(working) === undefined ? [] : [`${standardVersion(working)} (working)`])];
  throw new UsageError(`no version ${operand} (not in schemas/releases/, and the working tree is another; versions: ${known.length === 0 ? "none" : known.join(", ")})`);
}

function readFiles(operand: string, cwd: string): Operand {
  if (operand.startsWith("git:")) {
    const [revision = "", path = "schemas"] = operand.slice(4).split(/:(.*)/s);
    if (revision === "") throw new UsageError(`${operand}: give a revision after git: (git:HEAD~3, git:v1.0:schemas)`);
    return readRevision(revision, path, cwd, operand);
  }
  if (operand === workingTreeWord) return readDirectory(standardHome(cwd), operand);
  const dir = resolve(cwd, operand);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`${operand}: not a directory (give a directory laid out like schemas/)`);
    if (hasStandardFiles(dir)) return readDirectory(dir, operand);
    if (existsSync(join(dir, "schemas")) && hasStandardFiles(join(dir, "schemas"))) return readDirectory(join(dir, "schemas"), operand);
    throw new UsageError(`${operand}: no schema, code list or OpenAPI file in ${dir}`);
  }
  if (isRevision(operand, cwd)) return readRevision(operand, "schemas", cwd, operand);
  throw new UsageError(`${operand}: not a directory, a release (schemas/releases/${operand}/), '${workingTreeWord}', or a git revision`);
}
