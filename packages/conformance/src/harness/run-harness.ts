import type { Implementation, ReportedFinding, StartResponse } from "../protocol/messages.js";
import { protocolVersion } from "../protocol/messages.js";
import { rulesOfVector, toProtocolVector, type ExpectedFinding, type Vector } from "../vectors/vector-format.js";
import { AdapterProcess } from "./adapter-process.js";
import { compareFindings } from "./compare-findings.js";

export type VectorStatus = "agree" | "disagree" | "errored" | "skipped";

export interface VectorResult {
  vector: Vector;
  status: VectorStatus;
  /** What the implementation answered (agree/disagree). */
  valid?: boolean;
  findings?: ExpectedFinding[];
  missing?: ExpectedFinding[];
  unexpected?: ExpectedFinding[];
  verdictMatches?: boolean;
  /** Why the vector errored (adapter message, timeout, crash with stderr tail). */
  context?: Record<string, unknown>;
  elapsedMs?: number;
}

export interface HarnessRun {
  command: string[];
  implementation?: Implementation;
  unsupported: string[];
  supported?: string[];
  results: VectorResult[];
  elapsedMs: number;
}

export interface HarnessOptions {
  /** Program and arguments of the adapter. */
  command: string[];
  vectors: readonly Vector[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Deadline of one vector's answer. */
  timeoutMs?: number;
  /** Deadline of the start handshake (interpreters and JVMs start slowly). */
  startTimeoutMs?: number;
  maxLineBytes?: number;
  /** Consecutive restarts after crashes or timeouts before the remaining vectors are errored. */
  maxRestarts?: number;
}

type Started = { ok: true; adapter: AdapterProcess; start: StartResponse } | { ok: false; context: Record<string, unknown> };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

async function startAdapter(options: HarnessOptions): Promise<Started> {
  const adapter = new AdapterProcess({
    program: options.command[0]!,
    args: options.command.slice(1),
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
    maxLineBytes: options.maxLineBytes ?? 4 * 1024 * 1024,
    stderrTailBytes: 4096,
  });
  adapter.send({ cmd: "start", version: protocolVersion });
  const answer = await adapter.readLine(options.startTimeoutMs ?? 20_000);
  const fail = (message: string): Started => {
    adapter.kill();
    return { ok: false, context: { message, ...(adapter.failure ? { spawnError: adapter.failure } : {}), stderr: adapter.stderr } };
  };
  if (answer.kind === "timeout") return fail("the adapter did not answer `start` in time");
  if (answer.kind === "exited") return fail(`the adapter exited before answering \`start\` (code ${answer.code}, signal ${answer.signal})`);
  if (answer.kind === "overflow") return fail("the adapter's answer to `start` is longer than the line limit");
  const start = parseLine(answer.line);
  if (!isObject(start) || start["ready"] !== true || !isObject(start["implementation"])) {
    return fail(`the answer to \`start\` is not {"ready": true, "implementation": {...}}: ${answer.line.slice(0, 200)}`);
  }
  const implementation = start["implementation"];
  if (typeof implementation["name"] !== "string" || typeof implementation["language"] !== "string" || typeof implementation["version"] !== "string") {
    return fail("`implementation` needs string `name`, `language` and `version`");
  }
  for (const key of ["unsupported", "supported"]) {
    const list = start[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === "string"))) {
      return fail(`\`${key}\` must be a list of ${key === "supported" ? "rule ids" : "vector or rule ids"}`);
    }
  }
  return { ok: true, adapter, start: start as unknown as StartResponse };
}

function checkVerdict(answer: Record<string, unknown>): { valid: boolean; findings: ReportedFinding[] } | string {
  if (typeof answer["valid"] !== "boolean") return "`valid` must be true or false";
  const findings = answer["findings"];
  if (!Array.isArray(findings)) return "`findings` must be a list";
  for (const finding of findings) {
    if (!isObject(finding) || typeof finding["ruleId"] !== "string" || typeof finding["pointer"] !== "string") return "each finding needs string `ruleId` and `pointer`";
    if (finding["record"] !== undefined && !Number.isInteger(finding["record"])) return "a finding's `record` must be an integer";
  }
  return { valid: answer["valid"], findings: findings as ReportedFinding[] };
}

/** Whether a rule id is in a declared list: exactly, or under a prefix such as `dataset.*`. */
function listed(list: ReadonlySet<string>, ruleId: string): boolean {
  if (list.has(ruleId)) return true;
  for (let dot = ruleId.indexOf("."); dot !== -1; dot = ruleId.indexOf(".", dot + 1)) {
    if (list.has(`${ruleId.slice(0, dot)}.*`)) return true;
  }
  return false;
}

/**
 * Whether an adapter's start answer rules a vector out: its id or one of its rules is
 * `unsupported`, or the adapter lists what it `supported` and one of the rules is not there.
 */
export function isUnsupported(vector: Vector, unsupported: ReadonlySet<string>, supported?: ReadonlySet<string>): boolean {
  const rules = rulesOfVector(vector);
  if (unsupported.has(vector.id) || rules.some((rule) => listed(unsupported, rule))) return true;
  return supported !== undefined && rules.some((rule) => !listed(supported, rule));
}

/**
 * Runs every vector through an adapter over the line protocol. A vector whose answer
 * is late, malformed or lost in a crash is `errored` and the adapter is restarted,
 * so one bad vector never hangs or sinks the run.
 */
export async function runHarness(options: HarnessOptions): Promise<HarnessRun> {
  const began = Date.now();
  const results: VectorResult[] = [];
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRestarts = options.maxRestarts ?? 3;
  let started = await startAdapter(options);
  if (!started.ok) {
    const context = started.context;
    return {
      command: options.command,
      unsupported: [],
      results: options.vectors.map((vector) => ({ vector, status: "errored", context })),
      elapsedMs: Date.now() - began,
    };
  }
  const implementation = started.start.implementation;
  const unsupportedList = started.start.unsupported ?? [];
  const unsupported = new Set(unsupportedList);
  const supportedList = started.start.supported;
  const supported = supportedList === undefined ? undefined : new Set(supportedList);
  let seq = 0;
  let restarts = 0;
  for (const vector of options.vectors) {
    if (isUnsupported(vector, unsupported, supported)) {
      results.push({ vector, status: "skipped" });
      continue;
    }
    if (!started.ok) {
      results.push({ vector, status: "errored", context: { message: "the adapter could not be restarted", ...started.context } });
      continue;
    }
    const adapter: AdapterProcess = started.adapter;
    seq += 1;
    const sentAt = Date.now();
    adapter.send({ cmd: "run", seq, vector: toProtocolVector(vector) });
    const answer = await adapter.readLine(timeoutMs);
    const elapsedMs = Date.now() - sentAt;
    let problem: Record<string, unknown> | undefined;
    let restart = false;
    if (answer.kind === "line") {
      const parsed = parseLine(answer.line);
      if (!isObject(parsed)) {
        problem = { message: "the answer is not a JSON object", line: answer.line.slice(0, 200) };
        restart = true;
      } else if (parsed["seq"] !== seq) {
        problem = { message: `the answer has seq ${JSON.stringify(parsed["seq"])}, expected ${seq}` };
        restart = true;
      } else if (parsed["errored"] === true) {
        const context = isObject(parsed["context"]) ? parsed["context"] : {};
        const detail = typeof context["message"] === "string" ? `: ${context["message"]}` : "";
        problem = { ...context, message: `the adapter reported an error${detail}` };
      } else {
        const verdict = checkVerdict(parsed);
        if (typeof verdict === "string") problem = { message: `malformed answer: ${verdict}` };
        else {
          const comparison = compareFindings(vector, verdict.valid, verdict.findings);
          results.push({
            vector,
            status: comparison.agree ? "agree" : "disagree",
            valid: verdict.valid,
            findings: verdict.findings.map(({ ruleId, pointer, record }) => (record === undefined ? { ruleId, pointer } : { ruleId, pointer, record })),
            missing: comparison.missing,
            unexpected: comparison.unexpected,
            verdictMatches: comparison.verdictMatches,
            elapsedMs,
          });
          restarts = 0;
          continue;
        }
      }
    } else {
      restart = true;
      problem =
        answer.kind === "timeout"
          ? { message: `no answer within ${timeoutMs} ms` }
          : answer.kind === "overflow"
            ? { message: "the answer is longer than the line limit" }
            : { message: `the adapter exited (code ${answer.code}, signal ${answer.signal})` };
      problem["stderr"] = adapter.stderr;
    }
    results.push({ vector, status: "errored", context: problem ?? {}, elapsedMs });
    if (restart) {
      adapter.kill();
      restarts += 1;
      started = restarts > maxRestarts ? { ok: false, context: { message: `gave up after ${maxRestarts} restarts` } } : await startAdapter(options);
    }
  }
  if (started.ok) await started.adapter.stop(2000);
  return {
    command: options.command,
    implementation,
    unsupported: unsupportedList,
    ...(supportedList === undefined ? {} : { supported: supportedList }),
    results,
    elapsedMs: Date.now() - began,
  };
}
