#!/usr/bin/env node
// `npm run mutation [-- <package|file>... [--threshold N] [-- <stryker options>]]`:
// builds what the tests import, runs StrykerJS (incremental) with the config of each
// mutated folder, in turn, then prints the mutation score of every mutated folder
// and exits 1 when one is under the threshold (90 % unless --threshold). Arguments:
//   domain | validator | reference-server   only that package's configured folders;
//   packages/<pkg>/src/<file>.ts             only those files (those outside the
//                                            configured folders are skipped);
//   after a second `--`: passed to `stryker run` (e.g. --concurrency 2, --force).
// Reports: reports/mutation/<config's name>/index.html and mutation.json (git-ignored).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/**
 * The packages under mutation testing, their mutated folders (issue 19), and the Stryker
 * config that mutates each: a folder whose code every test passes through (the server's
 * http/auth/workflow, the validator's input) has a config of its own that runs only the
 * tests stating it, since with the whole suite each mutant would rerun most of it (hours).
 * Each config mutates exactly its folders and writes its own report and incremental state.
 */
const packages = {
  domain: { src: "stryker.config.mjs" },
  validator: {
    "src/rules": "stryker.config.mjs",
    "src/rules/support": "stryker.support.mjs",
    "src/report": "stryker.config.mjs",
    "src/input": "stryker.input.mjs",
  },
  "reference-server": { "src/http": "stryker.http.mjs", "src/auth": "stryker.auth-workflow.mjs", "src/workflow": "stryker.auth-workflow.mjs" },
};

/** The most specific configured folder of a package that holds `path` (src/rules/support, not src/rules), or undefined. */
function folderOf(name, path) {
  return Object.keys(packages[name])
    .filter((folder) => path.startsWith(`${folder}/`))
    .sort((a, b) => b.length - a.length)[0];
}

const args = process.argv.slice(2);
const passThrough = args.includes("--") ? args.splice(args.indexOf("--")).slice(1) : [];
let threshold = 90;
const selectors = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--threshold") threshold = Number(args[++i]);
  else if (args[i] === "--help" || args[i] === "-h") usage(0);
  else selectors.push(args[i]);
}
if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) usage(2, "--threshold takes a percentage 0–100");

/** Package name → files to mutate (undefined: its configured folders). */
const plan = new Map();
for (const selector of selectors) {
  if (Object.hasOwn(packages, selector)) {
    plan.set(selector, undefined);
    continue;
  }
  const path = relative(root, join(process.cwd(), selector)).split(sep).join("/");
  const match = /^packages\/([^/]+)\/(.+\.ts)$/.exec(path);
  const folders = match && Object.hasOwn(packages, match[1]) ? Object.keys(packages[match[1]]) : undefined;
  if (!match || !folders) usage(2, `not a package under mutation testing or a file of one: ${selector}`);
  if (!folderOf(match[1], match[2]) || match[2].endsWith(".d.ts")) {
    console.log(`mutation: skipped ${path} (outside the mutated folders)`);
    continue;
  }
  if (plan.has(match[1]) && plan.get(match[1]) === undefined) continue;
  plan.set(match[1], [...(plan.get(match[1]) ?? []), match[2]]);
}
if (selectors.length === 0) for (const name of Object.keys(packages)) plan.set(name, undefined);
if (plan.size === 0) {
  console.log("mutation: nothing to mutate");
  process.exit(0);
}

// The tests import the built dist/ of the package and of its dependencies.
const filters = [...plan.keys()].map((name) => `--filter=@czt/${name}`);
run("npx", ["turbo", "run", "build", "--output-logs=errors-only", ...filters], root);

const rows = [];
let failedRun = false;
for (const [name, files] of plan) {
  const cwd = join(root, "packages", name);
  // Config file → the folders it mutates (and, with a file list, the files of those folders).
  const runs = new Map();
  for (const [folder, config] of Object.entries(packages[name])) {
    const folderFiles = files?.filter((file) => folderOf(name, file) === folder);
    if (folderFiles?.length === 0) continue;
    const planned = runs.get(config) ?? { folders: [], files: files ? [] : undefined };
    planned.folders.push(folder);
    if (folderFiles) planned.files.push(...folderFiles);
    runs.set(config, planned);
  }
  for (const [config, planned] of runs) {
    console.log(`\nmutation: ${name} ${config}${planned.files ? ` (${planned.files.join(", ")})` : ` (${planned.folders.join(", ")})`}`);
    const mutateArgs = planned.files ? ["--mutate", planned.files.join(",")] : [];
    const status = run("npx", ["stryker", "run", config, ...mutateArgs, ...passThrough], cwd, false);
    if (status !== 0) {
      console.error(`mutation: stryker failed in packages/${name} with ${config} (exit ${status})`);
      failedRun = true;
      continue;
    }
    rows.push(...folderScores(name, await reportOf(cwd, config), planned.folders, planned.files));
  }
}

console.log("\n| folder | killed | survived | no coverage | timeout | ignored | score |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const score = r.score === undefined ? "n/a" : `${r.score.toFixed(2)} %`;
  console.log(`| ${r.folder} | ${r.Killed} | ${r.Survived} | ${r.NoCoverage} | ${r.Timeout} | ${r.Ignored} | ${score} |`);
}
const under = rows.filter((r) => r.score !== undefined && r.score < threshold);
for (const r of under) console.error(`mutation: ${r.folder} scores ${r.score.toFixed(2)} %, under the ${threshold} % threshold`);
process.exitCode = failedRun || under.length > 0 ? 1 : 0;

/**
 * Mutant counts and score (killed + timeout over all valid mutants, as Stryker counts) per
 * folder; with a file list, over those files only (the report also carries the other
 * files' results, kept from the incremental state).
 */
function folderScores(name, reportPath, folders, files) {
  if (!existsSync(reportPath)) return [];
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const result = [];
  for (const folder of folders) {
    const counts = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
    let fileCount = 0;
    for (const [file, { mutants }] of Object.entries(report.files)) {
      const path = relative(join(root, "packages", name), join(root, "packages", name, file)).split(sep).join("/");
      if (folderOf(name, path) !== folder || (files && !files.includes(path))) continue;
      fileCount++;
      for (const mutant of mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
    }
    if (fileCount === 0) continue;
    const detected = counts.Killed + counts.Timeout;
    const valid = detected + counts.Survived + counts.NoCoverage;
    result.push({ folder: `packages/${name}/${folder}`, ...counts, score: valid === 0 ? undefined : (100 * detected) / valid });
  }
  return result;
}

/** The JSON report a package's Stryker config writes. */
async function reportOf(cwd, config) {
  const options = (await import(pathToFileURL(join(cwd, config)).href)).default;
  return join(cwd, options.jsonReporter.fileName);
}

function run(command, commandArgs, cwd, exitOnFailure = true) {
  const { status, error } = spawnSync(command, commandArgs, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (error) throw error;
  if (status !== 0 && exitOnFailure) process.exit(status ?? 2);
  return status ?? 2;
}

function usage(code, message) {
  if (message) console.error(`mutation: ${message}`);
  console.error("usage: npm run mutation [-- [domain|validator|reference-server|<file.ts>]... [--threshold N] [-- <stryker options>]]");
  process.exit(code);
}
