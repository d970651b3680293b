/** What a command may touch of the process: injected so commands can be tested in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command returns its exit code; it never calls process.exit itself. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Exit codes of every czt command (documented in the README). */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
} as const;

/** A user error: printed as one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}
