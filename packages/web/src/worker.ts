/// <reference lib="webworker" />

import { type Mapping, type MappingTally, type MapRule, mapRules, withMappingFindings } from "@czt/mapping";
import { createReportWriter, createValidator, type Finding, type InputItem, maskRecord, type Parameters, parseParameters, renderMessage, ruleById, type Summary, type ValidatorOptions } from "@czt/validator";
import { InvalidMapping, loadMapping, mappedExportName, readByMapping, runMapping } from "./mapping-run.js";
import type { DownloadFormat, Lang, PageFinding, PageSummary, RuleInfo, ValidateRequest, WorkerMessage, WorkerRequest } from "./protocol.js";
import { readFile } from "./read-file.js";
import { toolVersion } from "./tool-version.js";

declare const self: DedicatedWorkerGlobalScope;

/** Findings go to the page in batches: one message per finding would flood it. */
const batchSize = 2000;
/** Progress at most this often (ms). */
const progressEveryMs = 100;

/** The last run, kept for the record viewer and the downloads. */
let files: File[] = [];
/** The mapping of the last run and the files it read (its records are located in the mapped export). */
let mapped: { mapping: Mapping; files: File[] } | undefined;
let findings: Finding[] = [];
let summary: Summary | undefined;
let revealed = false;

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

function pageFinding(f: Finding): PageFinding {
  const page: PageFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    recordIndex: f.recordIndex,
    pointer: f.pointer,
    message: { en: renderMessage(f, "en"), zh: renderMessage(f, "zh") },
  };
  if (f.column) page.column = f.column;
  if (f.recordId !== undefined) page.recordId = f.recordId;
  return page;
}

function ruleInfo(id: string): RuleInfo {
  const rule = ruleById(id) ?? (mapRules as Record<string, MapRule | undefined>)[id];
  return rule ? { title: rule.title, guidance: rule.guidance } : { title: { en: id, zh: id }, guidance: { en: "", zh: "" } };
}

/** Files in name order, as the CLI reads a directory, so the reports agree. */
function byName(a: File, b: File): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Problems of a parameter file listed before the rest are only counted (as in the CLI). */
const maxParameterProblems = 20;

/** The parameter tables of a file, as `czt validate --params` reads them; an Error saying what is wrong otherwise. */
async function loadParameters(file: File, lang: Lang): Promise<Parameters> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new Error(`${file.name}: ${(error as Error).message}`);
  }
  const result = parseParameters(json, { lang });
  if (result.ok) return result.parameters;
  const shown = result.problems.slice(0, maxParameterProblems).map((problem) => problem.message);
  const more = result.problems.length - shown.length;
  throw new Error(`${file.name}: ${shown.join("; ")}${more > 0 ? ` … (+${more})` : ""}`);
}

async function validate(request: ValidateRequest): Promise<void> {
  const { files: selected, reveal } = request;
  const options: ValidatorOptions = {};
  if (request.asOf) options.asOf = request.asOf;
  if (request.parameters) options.parameters = await loadParameters(request.parameters, request.lang);
  const mapping = request.mapping ? await loadMapping(request.mapping) : undefined;
  const sorted = [...selected].sort(byName);
  mapped = mapping ? { mapping, files: readByMapping(mapping, sorted) } : undefined;
  // The files the mapping reads are mapped; the others are CZT-SS files, validated with the mapped records as one dataset.
  files = sorted.filter((file) => !mapped?.files.includes(file));
  revealed = reveal;
  findings = [];
  summary = undefined;
  const totalBytes = sorted.reduce((sum, file) => sum + file.size, 0);
  post({ type: "started", totalBytes, files: sorted.map((file) => file.name) });

  let batch: Finding[] = [];
  const rules: Record<string, RuleInfo> = {};
  const flush = () => {
    if (batch.length === 0) return;
    for (const f of batch) rules[f.ruleId] ??= ruleInfo(f.ruleId);
    post({ type: "findings", findings: batch.map(pageFinding), rules: { ...rules } });
    batch = [];
  };
  // Every finding listed, as `czt validate --max-findings all`: the page's table and
  // downloads then hold the same findings as the CLI's report.
  const collect = (finding: Finding) => {
    findings.push(finding);
    batch.push(finding);
    if (batch.length >= batchSize) flush();
  };
  const validator = createValidator({ ...options, lang: "en", reveal, maxFindings: Number.POSITIVE_INFINITY, onFinding: collect });
  const session = validator.createSession();
  let done = 0;
  let records = 0;
  let lastProgress = 0;
  const started = performance.now();
  const progress = (bytes: number) => {
    const now = performance.now();
    if (now - lastProgress < progressEveryMs) return;
    lastProgress = now;
    flush();
    post({ type: "progress", bytes, totalBytes, records, phase: "reading" });
  };
  const add = (item: InputItem) => {
    if (item.kind === "record") records++;
    session.add(item);
  };
  let tally: MappingTally | undefined;
  if (mapped) {
    // As `czt map --validate`: the mapped export's header and records, and each mapping problem, in the order they come.
    tally = await runMapping(mapped.mapping, mapped.files, reveal, {
      item: add,
      finding: collect,
      bytes(bytes) {
        done += bytes;
        progress(done);
      },
    });
  }
  for (const file of files) {
    await readFile(file, add, (bytes) => progress(done + bytes));
    done += file.size;
  }
  flush();
  post({ type: "progress", bytes: totalBytes, totalBytes, records, phase: "dataset" });
  const report = session.finish();
  flush();
  summary = tally ? withMappingFindings(report.summary, tally) : report.summary;
  const byFile: Record<string, number> = {};
  for (const f of findings) byFile[f.file] = (byFile[f.file] ?? 0) + 1;
  post({
    type: "done",
    summary: {
      records: summary.records,
      valid: summary.valid,
      invalid: summary.invalid,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      byRule: summary.byRule,
      recordsByRule: summary.recordsByRule ?? {},
      byFile,
      elapsedMs: summary.elapsedMs ?? performance.now() - started,
    } satisfies PageSummary,
  });
}

/** The record a finding belongs to, read again from its file (masked unless the run revealed). */
async function findRecord(id: number, name: string, recordIndex: number): Promise<void> {
  const file = files.find((candidate) => candidate.name === name);
  let record: unknown;
  let found = false;
  if (mapped && name === mappedExportName && recordIndex >= 0) {
    // The mapped records are not kept (an export may be large): the files are mapped again to find it.
    await runMapping(mapped.mapping, mapped.files, revealed, {
      item(item) {
        if (!found && item.kind === "record" && item.location.recordIndex === recordIndex) {
          record = item.value;
          found = true;
        }
      },
      finding() {},
    });
  } else if (file && recordIndex >= 0) {
    await readFile(
      file,
      (item) => {
        if (!found && item.kind === "record" && item.location.recordIndex === recordIndex) {
          record = item.value;
          found = true;
        }
      },
      undefined,
      () => found,
    );
  }
  post({ type: "record", id, found, record: found ? (revealed ? record : maskRecord(record)) : null });
}

/** The report of the last run, written by the CLI's own writers. */
function writeReport(id: number, format: DownloadFormat, lang: Lang): void {
  if (!summary) return;
  const chunks: string[] = [];
  const writer = createReportWriter({ format, lang, toolVersion }, (chunk) => chunks.push(chunk));
  for (const finding of findings) writer.finding(finding);
  writer.end(summary);
  post({ type: "report", id, format, text: chunks.join("") });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const run = async () => {
    switch (request.type) {
      case "validate":
        return validate(request);
      case "record":
        return findRecord(request.id, request.file, request.recordIndex);
      case "report":
        return writeReport(request.id, request.format, request.lang);
    }
  };
  run().catch((error: unknown) => {
    if (error instanceof InvalidMapping) post({ type: "mapping-invalid", file: error.file, problems: error.problems });
    else post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  });
};
