import type { MappingFileProblem } from "@czt/mapping";
import { FindingsTable } from "./findings-table.js";
import type { DownloadFormat, Lang, PageFinding, PageSummary, RuleInfo, Severity, ValidateRequest, WorkerMessage, WorkerRequest } from "./protocol.js";
import { showRecord } from "./record-view.js";
import { defaultLang, t } from "./texts.js";
// Inlined, the worker starts from a blob: URL and so inherits the page's own policy
// (connect-src 'none') on any web server: a worker loaded from its own URL takes its policy
// from that response's headers, which a plain intranet server does not send.
import ValidationWorker from "./worker.ts?worker&inline";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const reportFiles: Record<DownloadFormat, { name: string; type: string }> = {
  json: { name: "czt-report.json", type: "application/json" },
  sarif: { name: "czt-report.sarif", type: "application/sarif+json" },
  junit: { name: "czt-report.xml", type: "application/xml" },
  csv: { name: "czt-report.csv", type: "text/csv" },
};

const state = {
  lang: defaultLang(navigator.languages.length > 0 ? navigator.languages : [navigator.language]),
  files: [] as File[],
  findings: [] as PageFinding[],
  rules: {} as Record<string, RuleInfo>,
  summary: undefined as PageSummary | undefined,
  progress: undefined as Extract<WorkerMessage, { type: "progress" }> | undefined,
  status: undefined as { key: "cancelled" } | { key: "failed"; detail?: string } | { key: "mappingInvalid"; file: string; problems: MappingFileProblem[] } | undefined,
  nextId: 1,
};

let worker: Worker | undefined;
/** A run is under way in the worker: a new one replaces it (the worker is stopped, as by Cancel). */
let running = false;

function startWorker(): Worker {
  const created = new ValidationWorker();
  created.onmessage = (event: MessageEvent<WorkerMessage>) => receive(event.data);
  return created;
}

function send(request: WorkerRequest): void {
  worker ??= startWorker();
  worker.postMessage(request);
}

const table = new FindingsTable($("table-head"), $("viewport"), $("spacer"), $("rows"), $("table"), (finding) => openRecord(finding));
let recordRequest = 0;

function openRecord(finding: PageFinding): void {
  recordRequest = state.nextId++;
  $("record-panel").dataset["pointer"] = finding.pointer;
  send({ type: "record", id: recordRequest, file: finding.file, recordIndex: finding.recordIndex });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function receive(message: WorkerMessage): void {
  switch (message.type) {
    case "started":
      $("running").hidden = false;
      $("results").hidden = true;
      break;
    case "progress":
      state.progress = message;
      renderProgress();
      break;
    case "findings":
      for (const finding of message.findings) state.findings.push(finding);
      state.rules = message.rules;
      break;
    case "done":
      running = false;
      state.summary = message.summary;
      $("running").hidden = true;
      renderResults();
      break;
    case "failed":
      running = false;
      state.status = { key: "failed", detail: message.message };
      $("running").hidden = true;
      renderStatus();
      break;
    case "mapping-invalid":
      running = false;
      state.status = { key: "mappingInvalid", file: message.file, problems: message.problems };
      $("running").hidden = true;
      renderStatus();
      break;
    case "record": {
      if (message.id !== recordRequest) return;
      const note = $("record-note");
      const target = $("record");
      if (!message.found) {
        note.textContent = t(state.lang, "recordNotFound");
        target.replaceChildren();
      } else {
        note.textContent = $<HTMLInputElement>("reveal").checked ? "" : t(state.lang, "recordMasked");
        showRecord(target, message.record, $("record-panel").dataset["pointer"] ?? "");
      }
      break;
    }
    case "report": {
      const { name, type } = reportFiles[message.format];
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([message.text], { type: `${type};charset=utf-8` }));
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      break;
    }
  }
}

/** A mapping file among the chosen or dropped files (by its extension) becomes the mapping: the rest are the data. */
const isMappingFile = (file: File) => /\.(ya?ml)$/i.test(file.name);

function setMappingFile(file: File | undefined): void {
  const input = $<HTMLInputElement>("mapping");
  const files = new DataTransfer();
  if (file) files.items.add(file);
  input.files = files.files;
  renderMapping();
}

function renderMapping(): void {
  $("remove-mapping").hidden = !$<HTMLInputElement>("mapping").files?.length;
}

function choose(chosen: File[]): void {
  const mapping = chosen.filter(isMappingFile);
  if (mapping.length > 0) setMappingFile(mapping[mapping.length - 1]);
  const data = chosen.filter((file) => !isMappingFile(file));
  validate(data.length > 0 ? data : state.files);
}

function validate(files: File[]): void {
  if (files.length === 0) return;
  state.files = files;
  state.findings = [];
  state.rules = {};
  state.summary = undefined;
  state.progress = undefined;
  state.status = undefined;
  renderStatus();
  $("running").hidden = false;
  $("results").hidden = true;
  renderProgress();
  const request: ValidateRequest = { type: "validate", files, reveal: $<HTMLInputElement>("reveal").checked, lang: state.lang };
  const asOf = $<HTMLInputElement>("as-of").value;
  if (asOf) request.asOf = asOf;
  const parameters = $<HTMLInputElement>("params").files?.[0];
  if (parameters) request.parameters = parameters;
  const mapping = $<HTMLInputElement>("mapping").files?.[0];
  if (mapping) request.mapping = mapping;
  if (running) {
    // Messages of the replaced run must not mix with this one's.
    worker?.terminate();
    worker = undefined;
  }
  running = true;
  send(request);
}

function cancel(): void {
  // The worker stops wherever it is: nothing of the run is kept.
  worker?.terminate();
  worker = undefined;
  running = false;
  state.status = { key: "cancelled" };
  $("running").hidden = true;
  renderStatus();
}

function statusText(): string {
  const status = state.status;
  const lang = state.lang;
  if (!status) return state.summary || state.files.length > 0 ? "" : t(lang, "empty");
  if (status.key === "failed") return `${t(lang, "failed")} ${status.detail ?? ""}`;
  if (status.key === "cancelled") return t(lang, "cancelled");
  // As `czt map` lists them: file:line, JSON pointer, what is wrong.
  const lines = status.problems.map((problem) => `${status.file}${problem.line !== undefined ? `:${problem.line}` : ""} ${problem.pointer || "/"}: ${problem.message}`);
  return [t(lang, "mappingInvalid", { file: status.file }), ...lines].join("\n");
}

function renderStatus(): void {
  $("status").textContent = statusText();
}

function renderProgress(): void {
  const p = state.progress;
  const bar = $<HTMLProgressElement>("progress");
  bar.value = p && p.totalBytes > 0 ? p.bytes / p.totalBytes : 0;
  $("phase").textContent = t(state.lang, p?.phase === "dataset" ? "datasetPhase" : "validating");
  $("progress-text").textContent = p ? t(state.lang, "progress", { bytes: formatBytes(p.bytes), total: formatBytes(p.totalBytes), records: p.records.toLocaleString(state.lang) }) : "";
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0 %" : `${((100 * part) / whole).toFixed(part * 1000 < whole ? 2 : 1)} %`;
}

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function barCell(text: string, part: number, whole: number): HTMLTableCellElement {
  const td = cell(text);
  const bar = document.createElement("span");
  bar.className = "bar";
  bar.style.width = `${whole === 0 ? 0 : Math.max(1, (100 * part) / whole)}%`;
  bar.setAttribute("aria-hidden", "true");
  td.append(bar);
  return td;
}

function fillSelect(select: HTMLSelectElement, allText: string, options: [string, string][]): void {
  const previous = select.value;
  const all = new Option(allText, "");
  select.replaceChildren(all, ...options.map(([value, text]) => new Option(text, value)));
  select.value = options.some(([value]) => value === previous) ? previous : "";
}

function renderResults(): void {
  const s = state.summary;
  if (!s) return;
  const lang = state.lang;
  $("results").hidden = false;
  const totals: [string, string][] = [
    [t(lang, "files"), String(state.files.length)],
    [t(lang, "records"), s.records.toLocaleString(lang)],
    [t(lang, "valid"), s.valid.toLocaleString(lang)],
    [t(lang, "invalid"), s.invalid.toLocaleString(lang)],
    [t(lang, "errors"), s.errors.toLocaleString(lang)],
    [t(lang, "warnings"), s.warnings.toLocaleString(lang)],
    [t(lang, "infos"), s.infos.toLocaleString(lang)],
    [t(lang, "elapsed"), `${(s.elapsedMs / 1000).toFixed(1)} s`],
  ];
  $("totals").replaceChildren(
    ...totals.map(([name, value]) => {
      const div = document.createElement("div");
      const dt = document.createElement("dt");
      dt.textContent = name;
      const dd = document.createElement("dd");
      dd.textContent = value;
      div.append(dt, dd);
      return div;
    }),
  );
  const ruleIds = Object.keys(s.byRule).sort((a, b) => (s.byRule[b] ?? 0) - (s.byRule[a] ?? 0) || (a < b ? -1 : 1));
  const total = s.errors + s.warnings + s.infos;
  $("clean").hidden = total > 0;
  $("rules-table").querySelector("tbody")?.replaceChildren(
    ...ruleIds.map((id) => {
      const tr = document.createElement("tr");
      const count = s.byRule[id] ?? 0;
      const title = state.rules[id]?.title[lang];
      tr.append(cell(title ? `${id} — ${title}` : id), barCell(count.toLocaleString(lang), count, total), cell(percent(s.recordsByRule[id] ?? 0, s.records)));
      return tr;
    }),
  );
  const fileNames = Object.keys(s.byFile).sort();
  $("files-table").querySelector("tbody")?.replaceChildren(
    ...fileNames.map((name) => {
      const tr = document.createElement("tr");
      const count = s.byFile[name] ?? 0;
      tr.append(cell(name), barCell(count.toLocaleString(lang), count, total));
      return tr;
    }),
  );
  const severities: Severity[] = ["error", "warning", "info"];
  fillSelect($("filter-severity"), t(lang, "allSeverities"), severities.map((severity) => [severity, t(lang, severity)]));
  fillSelect($("filter-rule"), t(lang, "allRules"), ruleIds.map((id) => [id, id]));
  fillSelect($("filter-file"), t(lang, "allFiles"), [...new Set(state.findings.map((f) => f.file))].sort().map((name) => [name, name]));
  $("findings-section").hidden = state.findings.length === 0;
  applyFilters();
}

function applyFilters(): void {
  const severity = $<HTMLSelectElement>("filter-severity").value;
  const rule = $<HTMLSelectElement>("filter-rule").value;
  const file = $<HTMLSelectElement>("filter-file").value;
  const text = $<HTMLInputElement>("filter-text").value.trim().toLowerCase();
  const lang = state.lang;
  const rows = state.findings.filter(
    (f) =>
      (!severity || f.severity === severity) &&
      (!rule || f.ruleId === rule) &&
      (!file || f.file === file) &&
      (!text || [f.ruleId, f.file, f.pointer, f.recordId ?? "", f.message[lang]].some((value) => value.toLowerCase().includes(text))),
  );
  table.lang = lang;
  table.rules = state.rules;
  table.setRows(rows);
  $("shown").textContent = t(lang, "shown", { shown: rows.length.toLocaleString(lang), total: state.findings.length.toLocaleString(lang) });
}

function renderTexts(): void {
  const lang = state.lang;
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t(lang, "title");
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
    element.textContent = t(lang, element.dataset["text"] as Parameters<typeof t>[1]);
  }
  const language = $("language");
  language.textContent = t(lang, "language");
  language.lang = lang === "zh" ? "en" : "zh-CN";
  language.setAttribute("aria-label", t(lang, "languageLabel"));
  $("filter-text").setAttribute("placeholder", t(lang, "search"));
  $("record-note").textContent = t(lang, "recordHint");
  $("record").replaceChildren();
  renderStatus();
  renderProgress();
  renderResults();
}

function setLang(lang: Lang): void {
  state.lang = lang;
  renderTexts();
}

$("language").addEventListener("click", () => setLang(state.lang === "zh" ? "en" : "zh"));
$<HTMLInputElement>("files").addEventListener("change", (event) => {
  const input = event.target as HTMLInputElement;
  choose([...(input.files ?? [])]);
  input.value = "";
});
const dropzone = $("dropzone");
dropzone.addEventListener("dragover", (event) => {
  event.preventDefault();
  dropzone.classList.add("over");
});
dropzone.addEventListener("dragleave", () => dropzone.classList.remove("over"));
dropzone.addEventListener("drop", (event) => {
  event.preventDefault();
  dropzone.classList.remove("over");
  choose([...(event.dataTransfer?.files ?? [])]);
});
// Masking is decided while validating (as with `czt validate --reveal`): switching reruns the same files.
$("reveal").addEventListener("change", () => validate(state.files));
$("cancel").addEventListener("click", cancel);
// The options apply to the files already chosen: they are checked again.
for (const id of ["as-of", "params"]) $(id).addEventListener("change", () => validate(state.files));
$("mapping").addEventListener("change", () => {
  renderMapping();
  validate(state.files);
});
$("remove-mapping").addEventListener("click", () => {
  setMappingFile(undefined);
  validate(state.files);
});
for (const id of ["filter-severity", "filter-rule", "filter-file"]) $(id).addEventListener("change", applyFilters);
$("filter-text").addEventListener("input", applyFilters);
for (const button of document.querySelectorAll<HTMLButtonElement>("#downloads [data-format]")) {
  button.addEventListener("click", () => send({ type: "report", id: state.nextId++, format: button.dataset["format"] as DownloadFormat, lang: state.lang }));
}
$("print").addEventListener("click", () => window.print());

renderTexts();
