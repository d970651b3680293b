import { spawnSync } from "node:child_process";

/** What a child process did, and how long it took. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command to completion (no shell), capturing its output and timing it. */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunResult {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

/** A failed run as a readable assertion message. */
export function describeRun(what: string, result: RunResult): string {
  return `${what} exited ${result.status}:\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-4000)}`;
}
