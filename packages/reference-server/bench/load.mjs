// Load benchmark of the reference server beside a bare Fastify + better-sqlite3
// route, measured in the same run on loopback, with autocannon.
//   npm run bench -w @czt/reference-server          (CZT_BENCH_SECONDS=10, CZT_BENCH_CONNECTIONS=32)
// Targets (issue 5): reads >= 40 % and validated, authorised, idempotent writes >= 25 %
// of the bare route's throughput, p99 < 20 ms. Issue 17 (consent): reads with CZT-Purpose and
// the read audit (one audit event per read; the reads of one turn group-committed before they are
// answered) >= 50 % of the same server's reads without them (the v1.0 read path), p99 < 20 ms. The machine is shared: compare the
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
console.log("the bare route commits each insert on its own; the reference server commits the writes, and the audit events of the reads, that arrive together as one group");
console.log("run                 req/s     p50 ms  p99 ms  share of bare  target   non-2xx  load avg");
for (const result of results) {
  const share = result.mode === "reference" ? result.rps / bareOf(result.kind).rps : 1;
  const target = result.mode === "reference" ? `>= ${targets[result.kind] * 100} %` : "";
  const verdict = result.mode === "reference" ? (share >= targets[result.kind] && result.p99 < 20 ? "ok" : "MISSED") : "";
  console.log(
    `${result.title.padEnd(18)} ${result.rps.toFixed(0).padStart(7)}  ${String(result.p50).padStart(8)}  ${String(result.p99).padStart(6)}  ${(share * 100).toFixed(1).padStart(11)} %  ${target.padEnd(7)} ${String(result.non2xx + result.errors).padStart(5)}  ${result.loadAverage.toFixed(2).padStart(8)}  ${verdict}`,
  );
}

// --- Change feed (issue 17, feed): writes that emit events, and reading the feed ---
// Writes: the reference server (each write appends its event and keeps its version) against
// the same server with those two inserts dropped (today's write path), in three alternating
// rounds of half a run each: mean req/s, median p50 and p99 of the rounds.
// Targets: >= 50 % of the baseline's req/s, p99 < 20 ms. Reading: whole pages of 1000 events,
// one consumer paging from 0 to the end, then 4 consumers at random positions;
// target >= 10 000 events/s.
const feedConsumers = 4;

async function measureFeed(existingWrite) {
  const modes = ["reference-without-feed", "reference"];
  const feedServers = {};
  for (const mode of modes) feedServers[mode] = await startServer(mode);
  const measured = [];
  let reading;
  try {
    const setupOf = (mode) => ({ url: feedServers[mode].url, auth: { authorization: `Bearer ${feedServers[mode].token}` } });
    const load = () => writes("/v1/persons", (body) => ({ "idempotency-key": `f-${body.id}` }));
    for (const mode of modes) await run(setupOf(mode).url, "warm-up", load(), setupOf(mode).auth, warmUpSeconds);
    // Alternating rounds, so that the machine's load drifting between runs skews both sides alike.
    const rounds = 3;
    const perRound = Object.fromEntries(modes.map((mode) => [mode, []]));
    for (let round = 0; round < rounds; round++) {
      for (const mode of modes) {
        const { url, auth } = setupOf(mode);
        const loadAverage = loadavg()[0];
        perRound[mode].push({ loadAverage, ...(await run(url, "", load(), auth, Math.max(3, Math.round(seconds / 2)))) });
      }
    }
    const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
    for (const mode of modes) {
      const all = perRound[mode];
      measured.push({
        mode,
        title: mode === "reference" ? "POST, with events" : "POST, without",
        rps: all.reduce((sum, result) => sum + result.rps, 0) / all.length,
        p50: median(all.map((result) => result.p50)),
        p99: median(all.map((result) => result.p99)),
        non2xx: all.reduce((sum, result) => sum + result.non2xx, 0),
        errors: all.reduce((sum, result) => sum + result.errors, 0),
        loadAverage: all.reduce((sum, result) => sum + result.loadAverage, 0) / all.length,
      });
    }
    const { url, auth: writer } = setupOf("reference");
    // The feed carries personal data: each page states its purpose, and each event is audited.
    const auth = { ...writer, "czt-purpose": "statistics" };
    const pageSize = 1000;
    let after = 0;
    let events = 0;
    const started = performance.now();
    for (;;) {
      const response = await fetch(`${url}/v1/events?after=${after}&limit=${pageSize}`, { headers: auth });
      const page = await response.json();
      if (page.items.length === 0) break;
      events += page.items.length;
      after = page.next;
    }
    const sequentialSeconds = (performance.now() - started) / 1000;
    const last = after;
    const loadAverage = loadavg()[0];
    // A few consumers, as a few subscribers would read: each page is a thousand records.
    const concurrent = await new Promise((resolve, reject) => {
      const requests = [{ method: "GET", setupRequest: (request) => ({ ...request, path: `/v1/events?after=${Math.floor(Math.random() * Math.max(1, last - pageSize))}&limit=${pageSize}` }) }];
      autocannon({ url, connections: feedConsumers, duration: seconds, headers: auth, requests }, (error, result) =>
        error ? reject(error) : resolve({ rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }),
      );
    });
    reading = { events, sequential: events / sequentialSeconds, concurrent: concurrent.rps * pageSize, p99: concurrent.p99, non2xx: concurrent.non2xx + concurrent.errors, loadAverage };
  } finally {
    for (const server of Object.values(feedServers)) {
      const exited = server.child.exitCode !== null || server.child.signalCode !== null ? Promise.resolve() : once(server.child, "exit");
      server.child.kill("SIGKILL");
      await exited;
      rmSync(server.dir, { recursive: true, force: true });
    }
  }
  const baseline = measured.find((result) => result.mode === "reference-without-feed");
  console.log("");
  console.log("change feed: writes that append their event and keep their version, against the same server with both inserts dropped (today's write path)");
  console.log("run                 req/s     p50 ms  p99 ms  share of today  of the write above  target   non-2xx  load avg");
  for (const result of measured) {
    const share = result.rps / baseline.rps;
    const verdict = result.mode === "reference" ? (share >= 0.5 && result.p99 < 20 ? "ok" : "MISSED") : "";
    console.log(
      `${result.title.padEnd(18)} ${result.rps.toFixed(0).padStart(7)}  ${String(result.p50).padStart(8)}  ${String(result.p99).padStart(6)}  ${(share * 100).toFixed(1).padStart(12)} %  ${((result.rps / existingWrite.rps) * 100).toFixed(1).padStart(16)} %  ${result.mode === "reference" ? ">= 50 %" : "       "} ${String(result.non2xx + result.errors).padStart(5)}  ${result.loadAverage.toFixed(2).padStart(8)}  ${verdict}`,
    );
  }
  const readVerdict = (rate) => (rate >= 10_000 ? "ok" : "MISSED");
  console.log(`feed reading with CZT-Purpose, every event audited (pages of 1000, ${reading.events} events): one consumer ${reading.sequential.toFixed(0)} events/s ${readVerdict(reading.sequential)}; ${feedConsumers} consumers ${reading.concurrent.toFixed(0)} events/s, p99 ${reading.p99} ms, non-2xx ${reading.non2xx}, load avg ${reading.loadAverage.toFixed(2)} ${readVerdict(reading.concurrent)} (target >= 10 000 events/s)`);
}

await measureFeed(results.find((result) => result.mode === "reference" && result.kind === "write"));

// --- Subscriptions (issue 17, subs): signed deliveries to a receiver on loopback ---
// One subscription to created persons, its receiver an HTTP server in this process answering 204.
// Latency: sequential writes, from sending the POST to the delivery's arrival at the receiver.
// Throughput: writes under autocannon load with the subscription active (req/s, and as a share of
// the write run above), then deliveries/s from the first delivery to the last, every one awaited.
async function measureSubscriptions(existingWrite) {
  const { createServer: createHttpServer } = await import("node:http");
  const arrivals = new Map();
  const receiver = createHttpServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      arrivals.set(body.event.recordId, performance.now());
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const callbackUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;
  const server = await startServer("reference");
  const auth = { authorization: `Bearer ${server.token}` };
  const waitFor = async (count, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    while (arrivals.size < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    return arrivals.size;
  };
  try {
    const subscribed = await fetch(`${server.url}/v1/subscriptions`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", "idempotency-key": "bench-subscription", "czt-purpose": "benefitVerification" },
      body: JSON.stringify({ callbackUrl, filter: { types: ["created"], recordTypes: ["person"] } }),
    });
    if (subscribed.status !== 201) throw new Error(`subscribing answered ${subscribed.status}: ${await subscribed.text()}`);
    const latencies = [];
    for (let i = 0; i < 200; i++) {
      const body = person();
      const sent = performance.now();
      const response = await fetch(`${server.url}/v1/persons`, { method: "POST", headers: { ...auth, "content-type": "application/json", "idempotency-key": `s-${body.id}` }, body: JSON.stringify(body) });
      if (response.status !== 201) throw new Error(`a write answered ${response.status}`);
      await waitFor(i + 1, 5000);
      latencies.push(arrivals.get(body.id) - sent);
    }
    latencies.sort((x, y) => x - y);
    const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
    arrivals.clear();
    const loadAverage = loadavg()[0];
    const load = writes("/v1/persons", (body) => ({ "idempotency-key": `sl-${body.id}` }));
    const written = await new Promise((resolve, reject) => {
      autocannon({ url: server.url, connections, duration: seconds, headers: auth, requests: load }, (error, result) => (error ? reject(error) : resolve(result)));
    });
    const acknowledged = written["2xx"];
    const delivered = await waitFor(acknowledged, 120_000);
    const times = [...arrivals.values()].sort((x, y) => x - y);
    const deliveriesPerSecond = delivered / ((times.at(-1) - times[0]) / 1000);
    // The bound of one-in-flight delivery: sequential POSTs from this process to the same receiver.
    const probes = 300;
    const probeStarted = performance.now();
    for (let i = 0; i < probes; i++) {
      const probe = await fetch(callbackUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ event: { recordId: `probe-${i}` } }) });
      await probe.arrayBuffer();
    }
    const sequentialPerSecond = probes / ((performance.now() - probeStarted) / 1000);
    console.log("");
    console.log("subscriptions: one subscription to created persons, signed deliveries to a receiver on loopback (one in flight, in feed order)");
    console.log(`delivery latency (POST sent → delivery received, 200 sequential writes): p50 ${percentile(0.5).toFixed(1)} ms, p99 ${percentile(0.99).toFixed(1)} ms`);
    console.log(
      `writes with the subscription active: ${written.requests.average.toFixed(0)} req/s (${((written.requests.average / existingWrite.rps) * 100).toFixed(1)} % of the write run above), p99 ${written.latency.p99} ms; ${delivered} deliveries for ${acknowledged} acknowledged writes (a write in flight when the run ended is committed and delivered too); ${deliveriesPerSecond.toFixed(0)} deliveries/s, ${((deliveriesPerSecond / sequentialPerSecond) * 100).toFixed(1)} % of ${sequentialPerSecond.toFixed(0)} sequential POSTs/s from this process to the same receiver (the bound of one in flight); load avg ${loadAverage.toFixed(2)}`,
    );
  } finally {
    const exited = server.child.exitCode !== null || server.child.signalCode !== null ? Promise.resolve() : once(server.child, "exit");
    server.child.kill("SIGKILL");
    await exited;
    rmSync(server.dir, { recursive: true, force: true });
    receiver.closeAllConnections();
    receiver.close();
  }
}

await measureSubscriptions(results.find((result) => result.mode === "reference" && result.kind === "write"));
const unaudited = auditResults.find((result) => result.mode === "unaudited");
const auditTarget = 0.5;
console.log("");
console.log("issue 17: reads of personal data with CZT-Purpose and the read audit (an audit_events row per read, group-committed before the answer) against the v1.0 read path of the same code");
console.log("run                 req/s     p50 ms  p99 ms  share of v1.0  target   non-2xx  load avg");
for (const result of auditResults) {
  const share = result.rps / unaudited.rps;
  const audited = result.mode === "reference";
  const verdict = audited ? (share >= auditTarget && result.p99 < 20 ? "ok" : "MISSED") : "";
  console.log(
    `${result.title.padEnd(18)} ${result.rps.toFixed(0).padStart(7)}  ${String(result.p50).padStart(8)}  ${String(result.p99).padStart(6)}  ${(share * 100).toFixed(1).padStart(11)} %  ${(audited ? `>= ${auditTarget * 100} %` : "").padEnd(7)} ${String(result.non2xx + result.errors).padStart(5)}  ${result.loadAverage.toFixed(2).padStart(8)}  ${verdict}`,
  );
}
