import { spawn } from "node:child_process";
import { join } from "node:path";

export const cliPath = join(import.meta.dirname, "..", "dist", "main.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `czt` in a child process, as a user or CI would. */
export function runCzt(args: string[], options: { cwd?: string; stdin?: string | Uint8Array; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (data: string) => {
      stdout += data;
    });
    child.stderr.setEncoding("utf8").on("data", (data: string) => {
      stderr += data;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
