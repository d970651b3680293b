import { createWriteStream } from "node:fs";
import { chmod, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { checkTarget, displayText, migrationRegistry } from "@czt/validator";
import { expandPaths, type FileMigration, type InputSource, migrateFile } from "@czt/validator/node";
import type { CliIo, Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { type MigrateArguments, migrateHelp, parseMigrateArguments } from "./migrate-arguments.js";
import { migrationProblemLine } from "./migration-problem-line.js";
import { drained } from "../stream-drained.js";

/** Where one input's migrated export goes. */
type Destination = { kind: "stdout" } | { kind: "file"; path: string };

type Output = { write: (bytes: Uint8Array) => Promise<void> | void; close: () => Promise<void> };

/** Standard output, with backpressure. */
function stdoutOutput(io: CliIo): Output {
  return {
    write: async (bytes) => {
      if (!io.stdout.write(bytes)) await drained(io.stdout);
    },
    close: async () => {},
  };
}

/**
 * A file written under a temporary name next to it and renamed into place when complete:
 * an interrupted run or a file that turns out not to be migratable leaves the target as it was.
 */
function fileOutput(path: string, mode?: number): { open: () => Promise<Output>; commit: () => Promise<void>; discard: () => Promise<void> } {
  const temporary = `${path}.czt-migrate-${process.pid}.tmp`;
  let opened = false;
  return {
    open: async () => {
      // Room for a few read chunks: the next one is read while the last is written.
      const stream = createWriteStream(temporary, { highWaterMark: 4 << 20, ...(mode === undefined ? {} : { mode }) });
      opened = true;
      const failed = once(stream, "error").then(([error]) => {
        throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
      });
      failed.catch(() => {});
      await Promise.race([once(stream, "open"), failed]);
      return {
        write: async (bytes) => {
          if (!stream.write(bytes)) await Promise.race([once(stream, "drain"), failed]);
        },
        close: async () => {
          stream.end();
          await Promise.race([once(stream, "finish"), failed]);
        },
      };
    },
    commit: async () => {
      if (!opened) return;
      // The umask may have narrowed the mode given at creation: a file replaced in place keeps its own.
      if (mode !== undefined) await chmod(temporary, mode);
      await rename(temporary, path);
    },
    discard: async () => {
      if (opened) await rm(temporary, { force: true });
    },
  };
}

/** Standard input, copied to a temporary file: the version may follow the records, so the input is read twice. */
async function spoolStdin(io: CliIo): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "czt-migrate-"));
  const path = join(dir, "stdin");
  await pipeline(io.stdin, createWriteStream(path));
  return { path, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function destinationsOf(args: MigrateArguments, sources: readonly InputSource[], cwd: string): Destination[] {
  const readable = sources.filter((source) => source.kind !== "missing");
  if (args.output !== undefined) return readable.map(() => ({ kind: "file", path: resolve(cwd, args.output!) }));
  if (args.inPlace) return readable.map((source) => ({ kind: "file", path: source.kind === "file" ? source.path : "" }));
  if (args.outDir !== undefined) {
    const dir = resolve(cwd, args.outDir);
    const names = new Map<string, string>();
    return readable.map((source) => {
      const name = source.kind === "file" ? basename(source.path) : "stdin.jsonl";
      const display = source.kind === "file" ? source.display : "-";
      const other = names.get(name);
      if (other !== undefined) throw new UsageError(`${other} and ${display} would both be written to ${join(args.outDir!, name)}`);
      names.set(name, display);
      return { kind: "file", path: join(dir, name) };
    });
  }
  if (readable.length > 1) throw new UsageError(`${readable.length} exports to migrate: give --out DIR or --in-place`);
  return readable.map(() => ({ kind: "stdout" }));
}

export const migrate: Command = async (argv, io) => {
  const args = parseMigrateArguments(argv);
  if (args.help) {
    io.stdout.write(migrateHelp);
    return ExitCode.ok;
  }
  const target = checkTarget(args.to, migrationRegistry);
  if (target && !target.ok) throw new UsageError(target.message);
  if (args.outDir !== undefined) {
    const info = await stat(resolve(io.cwd, args.outDir)).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`--out ${args.outDir}: no such directory`);
  }
  const sources = await expandPaths(args.inputs, io.cwd);
  const destinations = destinationsOf(args, sources, io.cwd);
  let exitCode: number = ExitCode.ok;
  const raise = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  let migrated = 0;
  let records = 0;
  let rewritten = 0;
  let next = 0;
  for (const source of sources) {
    if (source.kind === "missing") {
      io.stderr.write(`czt migrate: cannot read ${displayText(source.display)}: ${source.reason === "system-error" ? (source.errorCode ?? "error") : source.reason.replaceAll("-", " ")}\n`);
      raise(ExitCode.usage);
      continue;
    }
    const destination = destinations[next++]!;
    const display = source.kind === "file" ? source.display : "-";
    const stdin = source.kind === "stdin" ? await spoolStdin(io) : undefined;
    const inputPath = source.kind === "file" ? source.path : stdin!.path;
    if (destination.kind === "file" && !args.inPlace && resolve(destination.path) === resolve(inputPath)) {
      throw new UsageError(`${display} would be overwritten: give --in-place to replace it`);
    }
    // In place, the new file takes the permissions of the one it replaces.
    const mode = args.inPlace && source.kind === "file" ? (await stat(source.path)).mode & 0o7777 : undefined;
    const file = destination.kind === "file" ? fileOutput(destination.path, mode) : undefined;
    let result: FileMigration;
    try {
      result = await migrateFile(inputPath, { to: args.to, open: file ? file.open : async () => stdoutOutput(io) });
    } catch (error) {
      await file?.discard();
      await stdin?.cleanup();
      if (error instanceof UsageError) throw error;
      io.stderr.write(`czt migrate: cannot read ${displayText(display)}: ${(error as Error).message}\n`);
      raise(ExitCode.usage);
      continue;
    }
    await stdin?.cleanup();
    if (!result.ok) {
      await file?.discard();
      const wrongDirection = result.plan?.kind === "downgrade" || result.plan?.kind === "cross-major";
      io.stderr.write(`${wrongDirection ? "czt migrate: " : ""}${migrationProblemLine(display, result.problem, args.reveal)}\n`);
      raise(wrongDirection ? ExitCode.usage : ExitCode.findings);
      continue;
    }
    const fileProblems = result.summary.problems.filter((problem) => problem.kind !== "record");
    for (const problem of result.summary.problems) io.stderr.write(`${migrationProblemLine(display, problem, args.reveal)}\n`);
    if (fileProblems.length > 0) {
      await file?.discard();
      raise(ExitCode.findings);
      continue;
    }
    await file?.commit();
    if (result.summary.problems.length > 0) raise(ExitCode.findings);
    migrated++;
    records += result.summary.records;
    rewritten += result.summary.changed;
  }
  const failed = sources.length - migrated;
  io.stderr.write(`migrated ${migrated} of ${sources.length} export${sources.length === 1 ? "" : "s"} to ${args.to}: ${records} records, ${rewritten} rewritten${failed > 0 ? `; ${failed} not migrated` : ""}\n`);
  return exitCode;
};
