import { spawn } from "node:child_process";
import { join } from "node:path";
import { cliPath } from "../run-czt.js";

export interface MeasuredRun {
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the czt process in MB (NaN when it died before exiting normally). */
  peakRssMb: number;
  /** True when the run outlived its time limit and was killed. */
  timedOut: boolean;
}

const peakRssHook = join(import.meta.dirname, "peak-rss.mjs");

/**
 * Runs the built `czt` as a user would, with its peak memory measured from inside the
 * process (see peak-rss.mjs) and a time limit, so a hang or a blow-up is a failure of
 * the run rather than of the whole test suite. The heap cap makes a runaway allocation
 * fail in seconds instead of swapping the machine.
 */
export function runMeasured(args: string[], options: { cwd: string; timeLimitMs: number; heapCapMb: number }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${options.heapCapMb}`, "--import", peakRssHook, cliPath, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" },
      stdio: ["pipe", "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let rss = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeLimitMs);
    child.stdout?.setEncoding("utf8").on("data", (data: string) => {
      stdout += data;
    });
    child.stderr?.setEncoding("utf8").on("data", (data: string) => {
      stderr += data;
    });
    child.stdio[3]?.on("data", (data: Buffer) => {
      rss += data.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, peakRssMb: rss === "" ? Number.NaN : Number(rss) / 1024, timedOut });
    });
    child.stdin?.end();
  });
}
