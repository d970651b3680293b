#!/usr/bin/env node
import { commands } from "./commands.js";
import { type CliIo, ExitCode, UsageError } from "./io.js";
import { version } from "./version.js";

/** The commands, or those of one group (`conformance`: its sub-commands). */
function usage(group?: string): string {
  const names = Object.keys(commands).filter((name) => group === undefined || name.startsWith(`${group} `));
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  czt ${name.padEnd(width)}  ${commands[name]!.summary}`);
  return ["Usage:", ...lines, "", "Run `czt <command> --help` for the options of a command."].join("\n");
}

/** A message for the terminal: its own lines kept, control and bidi characters from data (a parameter file, an adapter's output) escaped. */
async function safeLines(message: string): Promise<string> {
  // Loaded here, on the error path only: `czt --version` does not pay for the validator.
  const { displayText } = await import("@czt/validator");
  return message.split("\n").map(displayText).join("\n");
}

/** A word that only groups sub-commands (`conformance`), not a command itself. */
function isGroup(word: string): boolean {
  return Object.keys(commands).some((name) => name.startsWith(`${word} `));
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
  if (!found && isGroup(first) && (argv.length === 1 || argv[1]?.startsWith("-"))) {
    // `czt conformance --help` lists the sub-commands; without --help it is an incomplete command.
    const help = argv[1] === "--help" || argv[1] === "-h";
    if (help) io.stdout.write(`${usage(first)}\n`);
    else io.stderr.write(`czt ${first}: give a sub-command\n\n${usage(first)}\n`);
    return help ? ExitCode.ok : ExitCode.usage;
  }
  if (!found) {
    io.stderr.write(`czt: unknown command '${argv.join(" ")}'\n\n${usage()}\n`);
    return ExitCode.usage;
  }
  try {
    const command = await commands[found.name]!.load();
    return await command(found.rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`czt ${found.name}: ${await safeLines(error.message)}\n`);
      return ExitCode.usage;
    }
    // An internal error: one line for the user, the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`czt ${found.name}: internal error: ${await safeLines(message)}\n`);
    if (io.env["CZT_DEBUG"]) io.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    return ExitCode.usage;
  }
}

// A reader that goes away (`czt … | head`) ends the output quietly, as with Unix tools; any
// other failure of standard output is one line, exit 2 — never Node's stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`czt: cannot write to standard output: ${error.message}\n`);
  process.exitCode = ExitCode.usage;
});

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
