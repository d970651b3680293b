#!/usr/bin/env node
import { commands } from "./commands.js";
import { type CliIo, ExitCode, UsageError } from "./io.js";
import { version } from "./version.js";

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, entry]) => `  czt ${name.padEnd(width)}  ${entry.summary}`);
  return ["Usage:", ...lines, "", "Run `czt <command> --help` for the options of a command."].join("\n");
}

/** Finds the longest command name that prefixes argv (sub-commands have a space in their name). */
function resolve(argv: string[]): { name: string; rest: string[] } | undefined {
  for (let words = Math.min(2, argv.length); words >= 1; words--) {
    const name = argv.slice(0, words).join(" ");
    if (name in commands) return { name, rest: argv.slice(words) };
  }
  return undefined;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout.write(`${usage()}\n`);
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === "--version" || first === "-V") {
    io.stdout.write(`${version}\n`);
    return ExitCode.ok;
  }
  const found = resolve(argv);
  if (!found) {
    io.stderr.write(`czt: unknown command '${argv.join(" ")}'\n\n${usage()}\n`);
    return ExitCode.usage;
  }
  try {
    const command = await commands[found.name]!.load();
    return await command(found.rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`czt ${found.name}: ${error.message}\n`);
      return ExitCode.usage;
    }
    // An internal error: one line for the user, the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`czt ${found.name}: internal error: ${message}\n`);
    if (io.env["CZT_DEBUG"]) io.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    return ExitCode.usage;
  }
}

const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`czt: internal error: ${String(error)}\n`);
    process.exitCode = ExitCode.usage;
  },
);
