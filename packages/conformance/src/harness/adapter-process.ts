import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

export interface AdapterProcessOptions {
  program: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Longest accepted stdout line in bytes; a longer answer is an error (bounded output). */
  maxLineBytes: number;
  /** How much of the adapter's stderr is kept for diagnostics. */
  stderrTailBytes: number;
}

export type LineResult = { kind: "line"; line: string } | { kind: "timeout" } | { kind: "exited"; code: number | null; signal: string | null } | { kind: "overflow" };

/**
 * One running adapter: writes request lines, reads answer lines with a deadline,
 * never buffers more than `maxLineBytes` of an answer, keeps only the tail of stderr.
 */
export class AdapterProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: string[] = [];
  private partial: Buffer[] = [];
  private partialBytes = 0;
  private overflowed = false;
  private stderrTail = "";
  private exit: { code: number | null; signal: string | null } | undefined;
  private spawnError: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: AdapterProcessOptions) {
    this.child = spawn(options.program, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child.stdout.on("data", (chunk: Buffer) => this.onStdout(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-options.stderrTailBytes);
    });
    this.child.on("error", (error) => {
      this.spawnError = error;
      this.exit ??= { code: null, signal: null };
      this.notify();
    });
    this.child.on("exit", (code, signal) => {
      this.exit = { code, signal };
      this.notify();
    });
    // A write to an adapter that died is reported through `exit`, not as an unhandled error.
    this.child.stdin.on("error", () => {});
  }

  get stderr(): string {
    return this.stderrTail;
  }

  get failure(): string | undefined {
    return this.spawnError?.message;
  }

  get exited(): boolean {
    return this.exit !== undefined;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private onStdout(chunk: Buffer): void {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      this.append(chunk.subarray(start, newline));
      if (!this.overflowed) this.lines.push(Buffer.concat(this.partial).toString("utf8").replace(/\r$/, ""));
      this.partial = [];
      this.partialBytes = 0;
      start = newline + 1;
    }
    this.append(chunk.subarray(start));
    this.notify();
  }

  private append(piece: Buffer): void {
    if (piece.length === 0 || this.overflowed) return;
    this.partialBytes += piece.length;
    if (this.partialBytes > this.options.maxLineBytes) {
      this.overflowed = true;
      this.partial = [];
      return;
    }
    this.partial.push(piece);
  }

  send(message: unknown): void {
    if (this.exit === undefined && this.child.stdin.writable) this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  /** The next non-empty stdout line, or why there is none. */
  async readLine(timeoutMs: number): Promise<LineResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.overflowed) return { kind: "overflow" };
      while (this.lines.length > 0) {
        const line = this.lines.shift()!;
        if (line.trim() !== "") return { kind: "line", line };
      }
      if (this.exit !== undefined) return { kind: "exited", ...this.exit };
      const remaining = deadline - Date.now();
      if (remaining <= 0) return { kind: "timeout" };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Asks the adapter to stop, then kills it if it has not exited within `graceMs`. */
  async stop(graceMs: number): Promise<void> {
    if (this.exit === undefined) {
      this.send({ cmd: "stop" });
      this.child.stdin.end();
    }
    await this.waitForExit(graceMs);
    if (this.exit === undefined) {
      this.child.kill("SIGKILL");
      await this.waitForExit(graceMs);
    }
  }

  kill(): void {
    if (this.exit === undefined) this.child.kill("SIGKILL");
  }

  private async waitForExit(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.exit === undefined && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
