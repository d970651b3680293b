/**
 * Runs the generators with no network at all where the machine allows it: in a network
 * namespace of their own (`unshare -n`, as root on Linux), where any download fails. Elsewhere
 * the proxy variables point at a closed port, which stops the HTTP clients that honour them.
 */
import { spawnSync } from "node:child_process";

const namespaceWorks = spawnSync("unshare", ["-n", "true"], { stdio: "ignore" }).status === 0;

/** How the suite cuts the network off, for test names. */
export const offlineMethod = namespaceWorks ? "in a network namespace without network (unshare -n)" : "with the proxies pointing at a closed port";

export function offline(command: string, args: readonly string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  if (namespaceWorks) return { command: "unshare", args: ["-n", command, ...args], env: process.env };
  const closed = "http://127.0.0.1:9";
  return { command, args: [...args], env: { ...process.env, HTTP_PROXY: closed, HTTPS_PROXY: closed, http_proxy: closed, https_proxy: closed, NO_PROXY: "" } };
}
