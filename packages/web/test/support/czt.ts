import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repository = fileURLToPath(new URL("../../../../", import.meta.url));
const main = fileURLToPath(new URL("../../../cli/dist/main.js", import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a user runs it: a process. */
export function runCzt(args: string[], cwd = repository): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [main, ...args], { cwd, env: { ...process.env, LANG: "C" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

export const cztMain = main;
