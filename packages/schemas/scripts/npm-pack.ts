/**
 * `npm pack`, offline and without lifecycle scripts, for the tests that check a package as a
 * vendor installs it: the tarball's file list, and the tarball itself unpacked into a
 * consumer's `node_modules`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface PackSummary {
  name: string;
  version: string;
  /** Bytes of the gzipped tarball. */
  size: number;
  unpackedSize: number;
  entryCount: number;
  /** Paths inside the package, `/`-separated, sorted. */
  files: string[];
  /** The tarball's file name (in the pack destination). */
  filename: string;
}

/** The environment of the npm child: without the workspace selection of an enclosing `npm run -w`. */
function npmEnvironment(): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  for (const key of Object.keys(environment)) if (/^npm_config_(workspace|workspaces|include_workspace_root)$/i.test(key)) delete environment[key];
  return environment;
}

function pack(packageDirectory: string, extraArguments: string[]): PackSummary {
  const output = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--offline", ...extraArguments], {
    cwd: packageDirectory,
    env: npmEnvironment(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [summary] = JSON.parse(output) as Array<Omit<PackSummary, "files"> & { files: Array<{ path: string }> }>;
  if (summary === undefined) throw new Error(`npm pack printed no package summary in ${packageDirectory}`);
  return { ...summary, files: summary.files.map((file) => file.path).sort() };
}

/** What `npm pack` would put in the package's tarball (it writes nothing). */
export function packedContents(packageDirectory: string): PackSummary {
  return pack(packageDirectory, ["--dry-run"]);
}

/**
 * Packs the package into `tarballDirectory` and unpacks the tarball into `directory` (made if
 * missing), each entry at its path inside the package. Returns the tarball's summary.
 */
export function packAndUnpack(packageDirectory: string, tarballDirectory: string, directory: string): PackSummary {
  mkdirSync(tarballDirectory, { recursive: true });
  const summary = pack(packageDirectory, ["--pack-destination", tarballDirectory]);
  mkdirSync(directory, { recursive: true });
  // Every entry of an npm tarball sits under `package/`.
  execFileSync("tar", ["-xzf", join(tarballDirectory, summary.filename), "-C", directory, "--strip-components=1"], { stdio: ["ignore", "ignore", "pipe"] });
  return summary;
}

/**
 * Packs the package and unpacks the tarball as `node_modules/<name>` of `consumerDirectory`,
 * the layout `npm install <tarball>` gives. Returns the installed package's folder.
 */
export function installPacked(packageDirectory: string, consumerDirectory: string): string {
  const { name } = JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")) as { name: string };
  const installed = join(consumerDirectory, "node_modules", ...name.split("/"));
  packAndUnpack(packageDirectory, join(consumerDirectory, ".tarballs"), installed);
  return installed;
}
