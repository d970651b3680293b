// Load benchmark of the reference server beside a bare Fastify + better-sqlite3
// route, measured in the same run on loopback, with autocannon.
//   npm run bench -w @czt/reference-server          (CZT_BENCH_SECONDS=10, CZT_BENCH_CONNECTIONS=32)
// Targets (issue 5): reads >= 40 % and validated, authorised, idempotent writes >= 25 %
// of the bare route's throughput, p99 < 20 ms. Issue 17 (consent): reads with CZT-Purpose and
// the read audit (one audit event committed per read, in the read's transaction) >= 50 % of
// the same server's reads without them (the v1.0 read path), p99 < 20 ms. The machine is shared: compare the
// shares of one run, and repeat a run whose load average (the "load avg" column) is above 2.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { createInterface } from "node:readline";
import { idNumberCheckCharacter } from "@czt/domain";
import autocannon from "autocannon";

const seconds = Number(process.env.CZT_BENCH_SECONDS ?? 10);
const connections = Number(process.env.CZT_BENCH_CONNECTIONS ?? 32);
const seeded = 2000;
const warmUpSeconds = 2;

function startServer(mode) {
  const child = spawn(process.execPath, [new URL("./servers.mjs", import.meta.url).pathname, mode], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${mode} server exited with ${code}`)));
    createInterface({ input: child.stdout }).once("line", (line) => resolve({ child, ...JSON.parse(line) }));
  });
}

let serial = 0;
/** A valid person with a fresh id and identity number (validator rules pass). */
function person() {
  const n = serial++;
  const sequence = n % 1000;
  const day = 1 + (Math.floor(n / 1000) % 28);
  const month = 1 + (Math.floor(n / 28000) % 12);
  const birth = `1980-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const first17 = `430102${birth.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return {
    recordType: "person",
    id: `430100-P-B${n.toString(36)}-${process.pid}`,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    idNumber: first17 + idNumberCheckCharacter(first17),
    name: "张伟",
    sex: sequence % 2 === 1 ? "1" : "2",
    birthDate: birth,
    nationality: "CHN",
  };
}

async function seed(url, headers, path) {
  const ids = [];
  for (let i = 0; i < seeded; i++) {
    const body = person();
    const response = await fetch(url + path, { method: "POST", headers: { ...headers, "content-type": "application/json", "idempotency-key": `seed-${body.id}` }, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`seeding answered ${response.status}: ${await response.text()}`);
    ids.push(body.id);
  }
  return ids;
}

function run(url, title, requests, headers, duration = seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, requests }, (error, result) => {
      if (error) reject(error);
      else resolve({ title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors });
    });
  });
}

const reads = (ids, prefix) => [{ method: "GET", setupRequest: (request) => ({ ...request, path: `${prefix}/${ids[Math.floor(Math.random() * ids.length)]}` }) }];
const writes = (path, extraHeaders) => [
  {
    method: "POST",
    setupRequest: (request) => {
      const body = person();
      return { ...request, path, headers: { ...request.headers, ...extraHeaders(body), "content-type": "application/json" }, body: JSON.stringify(body) };
    },
  },
];

// Both servers run side by side (the idle one costs nothing) and their runs alternate,
// bare then reference for each kind, so that a change in the machine's load between
// runs skews the shares as little as possible. Each run records the 1-minute load average.
const load = {
  read: ({ ids, collection }) => reads(ids, collection),
  write: ({ collection }) => writes(collection, (body) => ({ "idempotency-key": `k-${body.id}` })),
};
const servers = {};
for (const mode of ["bare", "reference", "unaudited"]) servers[mode] = await startServer(mode);
const results = [];
const auditResults = [];
try {
  const setups = {};
  for (const mode of ["bare", "reference", "unaudited"]) {
    const server = servers[mode];
    // v1.1: a read of personal data states its purpose (待遇核查 needs no consent); writes ignore it.
    const auth = mode === "reference" ? { authorization: `Bearer ${server.token}`, "czt-purpose": "benefitVerification" } : server.token ? { authorization: `Bearer ${server.token}` } : {};
    const collection = mode === "bare" ? "/bare" : "/v1/persons";
    const ids = await seed(server.url, auth, collection);
    setups[mode] = { server, auth, collection, ids };
  }
  // Warm-up: both code paths of both servers, so that the measured runs meet compiled code.
  for (const kind of ["read", "write"]) {
    for (const mode of ["bare", "reference"]) await run(setups[mode].server.url, "warm-up", load[kind](setups[mode]), setups[mode].auth, warmUpSeconds);
  }
  for (const kind of ["read", "write"]) {
    for (const mode of ["bare", "reference"]) {
      const { server, auth } = setups[mode];
      const loadAverage = loadavg()[0];
      results.push({ mode, kind, loadAverage, ...(await run(server.url, `${mode} ${kind === "read" ? "GET" : "POST"}`, load[kind](setups[mode]), auth)) });
    }
  }
  auditResults.push(...(await purposeAndAuditReads(setups)));
} finally {
  for (const server of Object.values(servers)) {
    const exited = server.child.exitCode !== null || server.child.signalCode !== null ? Promise.resolve() : once(server.child, "exit");
    server.child.kill("SIGKILL");
    await exited;
    rmSync(server.dir, { recursive: true, force: true });
  }
}

/**
 * Issue 17: reads with CZT-Purpose and the read audit against the v1.0 read path of the same
 * server code (`unaudited`), alternating, after a warm-up of the unaudited one.
 */
async function purposeAndAuditReads(setups) {
  const measured = [];
  await run(setups.unaudited.server.url, "warm-up", load.read(setups.unaudited), setups.unaudited.auth, warmUpSeconds);
  for (const mode of ["unaudited", "reference"]) {
    const { server, auth } = setups[mode];
    const loadAverage = loadavg()[0];
    const title = mode === "reference" ? "GET purpose+audit" : "GET v1.0 path";
    measured.push({ mode, loadAverage, ...(await run(server.url, title, load.read(setups[mode]), auth)) });
  }
  return measured;
}

const bareOf = (kind) => results.find((result) => result.mode === "bare" && result.kind === kind);
const targets = { read: 0.4, write: 0.25 };
console.log(`autocannon, ${connections} connections, ${seconds} s per run (after a ${warmUpSeconds} s warm-up of each), loopback; both databases WAL + synchronous=NORMAL`);
console.log("the bare route commits each insert on its own; the reference server commits the writes that arrive together as one group");
console.log("run                 req/s     p50 ms  p99 ms  share of bare  target   non-2xx  load avg");
for (const result of results) {
  const share = result.mode === "reference" ? result.rps / bareOf(result.kind).rps : 1;
  const target = result.mode === "reference" ? `>= ${targets[result.kind] * 100} %` : "";
  const verdict = result.mode === "reference" ? (share >= targets[result.kind] && result.p99 < 20 ? "ok" : "MISSED") : "";
  console.log(
    `${result.title.padEnd(18)} ${result.rps.toFixed(0).padStart(7)}  ${String(result.p50).padStart(8)}  ${String(result.p99).padStart(6)}  ${(share * 100).toFixed(1).padStart(11)} %  ${target.padEnd(7)} ${String(result.non2xx + result.errors).padStart(5)}  ${result.loadAverage.toFixed(2).padStart(8)}  ${verdict}`,
  );
}

const unaudited = auditResults.find((result) => result.mode === "unaudited");
const auditTarget = 0.5;
console.log("");
console.log("issue 17: reads of personal data with CZT-Purpose and the read audit (an audit_events row committed per read) against the v1.0 read path of the same code");
console.log("run                 req/s     p50 ms  p99 ms  share of v1.0  target   non-2xx  load avg");
for (const result of auditResults) {
  const share = result.rps / unaudited.rps;
  const audited = result.mode === "reference";
  const verdict = audited ? (share >= auditTarget && result.p99 < 20 ? "ok" : "MISSED") : "";
  console.log(
    `${result.title.padEnd(18)} ${result.rps.toFixed(0).padStart(7)}  ${String(result.p50).padStart(8)}  ${String(result.p99).padStart(6)}  ${(share * 100).toFixed(1).padStart(11)} %  ${(audited ? `>= ${auditTarget * 100} %` : "").padEnd(7)} ${String(result.non2xx + result.errors).padStart(5)}  ${result.loadAverage.toFixed(2).padStart(8)}  ${verdict}`,
  );
}
