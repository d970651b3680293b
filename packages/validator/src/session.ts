import type { ValidateFunction } from "ajv";
import { DatasetIndex, type IndexBatch } from "./dataset/dataset-index.js";
import { type DatasetIndexRows, indexRowOf } from "./index-row.js";
import { type FindingOptions, makeFinding } from "./finding-factory.js";
import type { InputItem } from "./input/input-item.js";
import { RecordLocations } from "./record-locations.js";
import { RecordsByRule } from "./records-by-rule.js";
import { defaultFlatBenefitMinHouseholds } from "./parameters.js";
import type { DatasetFindingsByRule, DatasetPhase } from "./dataset-phase.js";
import type {
  DatasetEmit,
  DatasetRule,
  Emit,
  Finding,
  Params,
  RecordLocation,
  RecordRule,
  RecordType,
  Rule,
  RuleContext,
  Severity,
} from "./rule.js";
import type { CompiledSchemas } from "./schema/compile-schemas.js";
import type { FieldInfo } from "./schema/field-map.js";
import { pointerTemplate } from "./schema/field-map.js";
import type { SchemaSet } from "./schema/schema-set.js";
import { translateErrors } from "./schema/translate-errors.js";
import type { Summary } from "./summary.js";

export interface ValidationReport {
  summary: Summary;
  findings: Finding[];
}

export interface ValidationSession {
  /** Validates one input item and returns its findings at once (dataset findings come with `finish`). */
  add(item: InputItem): Finding[];
  /** Runs the dataset rules over everything added and returns the report. */
  finish(): ValidationReport;
  /** Records added so far. */
  readonly recordCount: number;
  /**
   * Makes room for `records` records in all, when the caller can tell how many are coming
   * (from the input's size): the per-record columns are then allocated once, at their
   * size, instead of growing by half with a copy each time. Only a hint: more still fit.
   */
  reserve(records: number): void;
}

/** Records of one file checked elsewhere, in input order (see `Session.addCheckedSlice`). */
export interface CheckedSlice {
  file: string;
  /** Record index (in its file) of the slice's first record. */
  firstRecordIndex: number;
  /** Per record: its line minus `lineBase`. */
  lines: Uint32Array;
  lineBase: number;
  /** Per record: its column, 0 for none; absent when no record has one. */
  columns?: Uint32Array | undefined;
  /** The records (numbers within the slice) that are invalid. */
  invalid: ArrayLike<number>;
  /** Findings, already located, with the record each belongs to (-1: none). */
  findings: readonly Finding[];
  findingRecords: ArrayLike<number>;
  /** The slice's dataset index, handles numbered from 0 within the slice. */
  index?: IndexBatch | undefined;
}

/** The schemas a file is checked against: one version of the standard. */
export interface VersionSchemas {
  version: string;
  schemaSet: SchemaSet;
  compiled: CompiledSchemas;
}

/** Everything a session needs, prepared once per validator. */
export interface Engine {
  /** For files that declare no version (no header), or every file when the version is overridden. */
  defaultVersion: VersionSchemas;
  /** The schemas of a version of the standard, or undefined when the validator does not know it. */
  versionOf: (version: string) => VersionSchemas | undefined;
  /** Versions the validator knows, oldest first (for the message about an unknown one). */
  knownVersions: readonly string[];
  /** Check every file against this version, whatever it declares (`--schema-version`). */
  versionOverride: string | undefined;
  recordRules: readonly RecordRule[];
  datasetRules: readonly DatasetRule[];
  ruleById: (id: string) => Rule | undefined;
  findingOptions: FindingOptions;
  isEnabled: (id: string) => boolean;
  asOf: string | undefined;
  parameters: RuleContext["parameters"];
  lenientReferences: boolean;
  maxFindings: number;
  /** Where findings to list go as they are found; when set, the session keeps none itself. */
  onFinding: ((finding: Finding) => void) | undefined;
  now: () => number;
  /** Build the dataset index even without dataset rules (for `onDatasetIndex`, or a worker's slice of such a run). */
  buildDatasetIndex: boolean;
  /** Handed the dataset index's rows once all input is read, before the dataset rules run. */
  onDatasetIndex: ((rows: DatasetIndexRows) => void) | undefined;
}

const noFindings: Finding[] = [];
Object.freeze(noFindings);
/** A scratch list for findings nobody reads back. */
const noFindingsSink: Finding[] = [];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** One of the four record types (not merely a key the tables inherit, such as `constructor`). */
function isRecordType(value: unknown): value is RecordType {
  return (
    value === "person" ||
    value === "enrolment" ||
    value === "transfer" ||
    value === "assistance" ||
    value === "benefit" ||
    value === "medicalRegistration" ||
    value === "medicalSettlement" ||
    value === "organisation" ||
    value === "donation" ||
    value === "consent"
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The record rule running, and where its findings go. */
interface RuleState {
  rule: RecordRule | undefined;
  location: RecordLocation;
  out: Finding[];
  handle: number;
}

/** The streaming validation of one input (one or many files seen as one dataset). */
export class Session implements ValidationSession {
  private readonly locations: RecordLocations;
  /** Built only when dataset rules will run: a single-record check (an API write) never pays for it. */
  private readonly index: DatasetIndex | undefined;
  private readonly findings: Finding[] = [];
  /** Findings listed so far (kept or handed to `onFinding`), at most `maxFindings`. */
  private listed = 0;
  private readonly byRule: Record<string, number> = {};
  private readonly recordsByRule = new RecordsByRule();
  private errors = 0;
  private warnings = 0;
  private infos = 0;
  private readonly started: number;
  private context: RuleContext;
  /** Each export's city from its header, for the dataset index. */
  private readonly originByFile = new Map<string, { city: string }>();
  private rulesByType: Record<RecordType, readonly RecordRule[]> = { person: [], enrolment: [], transfer: [], assistance: [], benefit: [], medicalRegistration: [], medicalSettlement: [], organisation: [], donation: [], consent: [] };
  /**
   * The version each file with a header is checked against, by file; `undefined` for a file
   * whose header declares no version or one the validator does not know: its records are
   * not checked (one `input.*-schema-version` finding says so).
   */
  private readonly versionByFile = new Map<string, VersionSchemas | undefined>();
  /** The file of the last item, and the schemas its records are checked against. */
  private activeFile: string | undefined;
  private active: VersionSchemas | undefined;
  /** The versions records were checked against, for the dataset rules' `versions`. */
  private readonly versionsChecked = new Set<string>();
  /** The version each file was checked against, for the summary. */
  private readonly versionOfFile = new Map<string, string>();

  // State of the record being checked, read by the single emit closure below.
  private current: RuleState | undefined;
  private readonly ruleState: RuleState;
  private readonly emit: Emit = (pointer, params, severity) => {
    const current = this.current!;
    const raw = severity ? { pointer, params, severity } : { pointer, params };
    this.record(makeFinding(current.rule!, raw, current.location, this.engine.findingOptions), current.out, current.handle);
  };

  constructor(private readonly engine: Engine) {
    this.started = engine.now();
    this.ruleState = { rule: undefined, location: { file: "", line: 0, recordIndex: 0 }, out: [], handle: -1 };
    const buildsIndex = engine.datasetRules.length > 0 || engine.buildDatasetIndex;
    this.locations = new RecordLocations(buildsIndex);
    this.index = buildsIndex ? new DatasetIndex() : undefined;
    this.active = engine.defaultVersion;
    this.context = { asOf: engine.asOf ?? today(), schemaVersion: engine.defaultVersion.version, parameters: engine.parameters };
    // Rules decide what a lenient reference means (dataset.unresolved-reference reports it as info).
    if (engine.lenientReferences) this.context.lenientReferences = true;
    this.dispatchRules();
  }

  /** Record rules by record type, filtered once by version and the disabled list (not per record). */
  private dispatchRules(): void {
    const byType: Record<RecordType, RecordRule[]> = { person: [], enrolment: [], transfer: [], assistance: [], benefit: [], medicalRegistration: [], medicalSettlement: [], organisation: [], donation: [], consent: [] };
    for (const rule of this.engine.recordRules) {
      if (!this.engine.isEnabled(rule.id) || !rule.versions.includes(this.context.schemaVersion)) continue;
      for (const type of rule.appliesTo) byType[type].push(rule);
    }
    this.rulesByType = byType;
  }

  /** Counts a finding, lists it (up to the limit), marks its record invalid if it is an error. */
  private record(finding: Finding, out: Finding[], handle: number): void {
    this.byRule[finding.ruleId] = (this.byRule[finding.ruleId] ?? 0) + 1;
    if (handle >= 0) this.recordsByRule.add(finding.ruleId, handle);
    if (finding.severity === "error") {
      this.errors++;
      if (handle >= 0) this.locations.markInvalid(handle);
    } else if (finding.severity === "warning") this.warnings++;
    else this.infos++;
    if (this.listed < this.engine.maxFindings) {
      this.listed++;
      if (this.engine.onFinding) this.engine.onFinding(finding);
      else this.findings.push(finding);
    }
    out.push(finding);
  }

  private engineFinding(ruleId: string, pointer: string, params: Params, location: RecordLocation, out: Finding[], handle: number, severity?: Severity, sensitivity?: FieldInfo["sensitivity"]): void {
    if (!this.engine.isEnabled(ruleId)) return;
    const rule = this.engine.ruleById(ruleId);
    if (!rule) throw new Error(`unknown rule ${ruleId}`);
    this.record(makeFinding(rule, severity ? { pointer, params, severity } : { pointer, params }, location, this.engine.findingOptions, sensitivity), out, handle);
  }

  add(item: InputItem): Finding[] {
    switch (item.kind) {
      case "header":
        return this.addHeader(item.value, item.location, item.contextOnly === true);
      case "error": {
        const out: Finding[] = [];
        const handle = item.lostRecord === false ? -1 : this.locations.add(item.location);
        if (handle >= 0) this.locations.markInvalid(handle);
        this.engineFinding(item.ruleId, "", item.params, item.location, out, handle, item.severity);
        return out;
      }
      case "record":
        return this.addRecord(item.value, item.location);
    }
  }

  /** Makes `file` the file whose records come next: its version's schemas and rules apply. */
  private enterFile(file: string): void {
    this.activeFile = file;
    const schemas = this.versionByFile.has(file) ? this.versionByFile.get(file) : this.engine.defaultVersion;
    if (schemas === undefined) this.versionOfFile.delete(file);
    else {
      this.versionsChecked.add(schemas.version);
      this.versionOfFile.set(file, schemas.version);
    }
    if (schemas === this.active) return;
    this.active = schemas;
    if (schemas !== undefined && schemas.version !== this.context.schemaVersion) {
      this.context = { ...this.context, schemaVersion: schemas.version };
      this.dispatchRules();
    }
  }

  /** The version a file with this header is checked against: the override, else the one it declares if known. */
  private schemasOfHeader(declared: unknown): VersionSchemas | undefined {
    if (this.engine.versionOverride !== undefined) return this.engine.defaultVersion;
    return typeof declared === "string" ? this.engine.versionOf(declared) : undefined;
  }

  /** The one finding of a header whose version is missing or unknown. */
  private versionFinding(declared: unknown, location: RecordLocation): Finding[] {
    const out: Finding[] = [];
    const known = this.engine.knownVersions.join(", ");
    if (declared === undefined) this.engineFinding("input.missing-schema-version", "/schemaVersion", { known }, location, out, -1);
    else this.engineFinding("input.unknown-schema-version", "/schemaVersion", { version: JSON.stringify(declared), known }, location, out, -1);
    return out;
  }

  private addHeader(value: unknown, location: RecordLocation, contextOnly: boolean): Finding[] {
    if (!isPlainObject(value)) return noFindings;
    const asOf = value["asOf"];
    const declared = value["schemaVersion"];
    if (this.engine.asOf === undefined && typeof asOf === "string") this.context = { ...this.context, asOf };
    const schemas = this.schemasOfHeader(declared);
    this.versionByFile.set(location.file, schemas);
    this.enterFile(location.file);
    const city = value["city"];
    if (typeof city === "string") this.originByFile.set(location.file, { city });
    if (contextOnly) return noFindings;
    if (schemas === undefined) return this.versionFinding(declared, location);
    const isJsonLinesHeader = value["recordType"] === "header";
    const validate = isJsonLinesHeader ? schemas.compiled.header : schemas.compiled.package;
    // Overridden, the version the file declares is not held against it.
    const checked = this.engine.versionOverride === undefined ? value : { ...value, schemaVersion: schemas.version };
    if (validate && !validate(isJsonLinesHeader ? checked : { ...checked, records: [] })) {
      return this.schemaFindings(validate, isJsonLinesHeader ? schemas.compiled.headerFields : schemas.compiled.packageFields, location, -1, schemas.schemaSet);
    }
    return this.headerRuleFindings(value, location);
  }

  /**
   * The record rules' checks of the fields an envelope shares with records (the publisher
   * is an agency), run like a record's once the envelope passed its schema; the findings
   * belong to no record and are located at the header line or the package.
   */
  private headerRuleFindings(header: Readonly<Record<string, unknown>>, location: RecordLocation): Finding[] {
    const current: RuleState = { rule: undefined, location, out: [], handle: -1 };
    this.current = current;
    for (const rule of this.engine.recordRules) {
      if (rule.checkHeader === undefined || !this.engine.isEnabled(rule.id) || !rule.versions.includes(this.context.schemaVersion)) continue;
      current.rule = rule;
      rule.checkHeader(header, this.context, this.emit);
    }
    this.current = undefined;
    return current.out.length > 0 ? current.out : noFindings;
  }

  /**
   * Whether the records of `file` go unchecked because its header declares no version or one
   * the validator does not know (they count as invalid: nothing says they are valid).
   */
  isUncheckedFile(file: string): boolean {
    return this.versionByFile.has(file) && this.versionByFile.get(file) === undefined;
  }

  private schemaFindings(validate: ValidateFunction, fields: ReadonlyMap<string, FieldInfo>, location: RecordLocation, handle: number, schemaSet: SchemaSet): Finding[] {
    const out: Finding[] = [];
    for (const raw of translateErrors(validate.errors ?? [], fields, schemaSet)) {
      const sensitivity = fields.get(pointerTemplate(raw.pointer))?.sensitivity;
      this.engineFinding(raw.ruleId, raw.pointer, raw.params, location, out, handle, raw.severity, sensitivity);
    }
    return out;
  }

  private addRecord(value: unknown, given: RecordLocation): Finding[] {
    // The reader made this location for this record alone: completing it in place saves a copy per record.
    const location = given;
    if (isPlainObject(value) && typeof value["id"] === "string" && location.recordId === undefined) location.recordId = value["id"];
    const handle = this.locations.add(location);
    if (location.file !== this.activeFile) this.enterFile(location.file);
    const schemas = this.active;
    if (schemas === undefined) {
      this.locations.markInvalid(handle);
      return noFindings;
    }
    if (!isPlainObject(value)) {
      const out: Finding[] = [];
      this.engineFinding("schema.type", "", { field: "/", expected: "an object", "expected.zh": "对象", "expected.en": "an object", actual: Array.isArray(value) ? "an array" : typeof value, "actual.zh": Array.isArray(value) ? "数组" : typeof value, "actual.en": Array.isArray(value) ? "an array" : typeof value }, location, out, handle);
      return out;
    }
    const type = value["recordType"];
    // A type the data's version does not have (benefit in a 1.0 export) is as unknown as a misspelt one.
    const quick = isRecordType(type) ? schemas.compiled.quick[type] : undefined;
    if (!isRecordType(type) || quick === undefined) {
      const out: Finding[] = [];
      const expected = Object.keys(schemas.compiled.quick).join(", ");
      this.engineFinding("input.unknown-record-type", "/recordType", { recordType: typeof type === "string" ? type : String(type), expected }, location, out, handle);
      return out;
    }
    // The quick check says whether the record is valid; only a rejected record pays for the reporting validator.
    if (!quick(value)) {
      const validate = schemas.compiled.validators[type]!;
      // A schema set compiled at run time checks with its reporting validator: its errors are already there.
      if (validate === quick || !validate(value)) return this.schemaFindings(validate, schemas.compiled.fields[type]!, location, handle, schemas.schemaSet);
    }
    let out = noFindings;
    const rules = this.rulesByType[type];
    if (rules.length > 0) {
      // One state object and one scratch list for every record: most records have no findings.
      const current = this.ruleState;
      current.location = location;
      current.handle = handle;
      this.current = current;
      for (const rule of rules) {
        current.rule = rule;
        rule.check(value, this.context, this.emit);
      }
      this.current = undefined;
      if (current.out.length > 0) {
        out = current.out;
        current.out = [];
      }
    }
    if (this.index) this.addToIndex(this.index, value, handle, location.file);
    return out;
  }

  private addToIndex(index: DatasetIndex, record: Readonly<Record<string, unknown>>, handle: number, file: string): void {
    const origin = this.originByFile.size > 0 ? this.originByFile.get(file) : undefined;
    if (origin) index.add(record, handle, origin);
    else index.add(record, handle);
  }

  /**
   * Takes a slice of records checked elsewhere (a `SliceChecker`, in a worker thread or on
   * this thread, ran the schema and record rules): their locations and validity join in bulk, their findings are counted and kept,
   * and their index entries join the dataset index, with no per-record call or object.
   */
  addCheckedSlice(slice: CheckedSlice): void {
    if (slice.file !== this.activeFile) this.enterFile(slice.file);
    const base = this.locations.appendSlice(slice.file, slice.firstRecordIndex, slice.lines, slice.lineBase, slice.columns, slice.invalid);
    const findings = slice.findings;
    for (let i = 0; i < findings.length; i++) {
      const record = slice.findingRecords[i]!;
      this.record(findings[i]!, noFindingsSink, record < 0 ? -1 : base + record);
    }
    noFindingsSink.length = 0;
    if (slice.index && this.index) this.index.appendBatch(slice.index, base);
  }

  /**
   * The dataset index of what was added, for the session that runs the dataset rules
   * (a worker thread's session checks a slice; `addCheckedSlice` takes its batch).
   */
  exportIndexBatch(): IndexBatch | undefined {
    return this.index?.exportBatch();
  }

  get recordCount(): number {
    return this.locations.size;
  }

  reserve(records: number): void {
    this.locations.reserve(records);
    this.index?.reserve(records);
  }

  /** Where a record of a dataset finding is; its id comes from the index (locations keep none). */
  private datasetLocation(index: DatasetIndex, handle: number): RecordLocation {
    const location = this.locations.get(handle);
    const slot = index.slotOfHandle(handle);
    if (slot >= 0) location.recordId = index.idOf(slot);
    return location;
  }

  /** The dataset rules that run: enabled, and made for one of the versions the records were checked against. */
  private datasetRulesToRun(): DatasetRule[] {
    // A dataset may join exports of several versions: a rule runs when it applies to one of them.
    const versions = this.versionsChecked.size > 0 ? this.versionsChecked : new Set([this.engine.defaultVersion.version]);
    return this.engine.datasetRules.filter((rule) => this.engine.isEnabled(rule.id) && rule.versions.some((version) => versions.has(version)));
  }

  /**
   * Runs the dataset rules, or, given the findings of rules run elsewhere (`datasetPhase`,
   * on several threads), records those: in rule order either way, so the report is the same.
   */
  private runDatasetRules(index: DatasetIndex, collected: DatasetFindingsByRule | undefined): void {
    const sink: Finding[] = [];
    for (const rule of this.datasetRulesToRun()) {
      const record: DatasetEmit = (handle, pointer, params, severity) => {
        const raw = severity ? { pointer, params, severity } : { pointer, params };
        this.record(makeFinding(rule, raw, this.datasetLocation(index, handle), this.engine.findingOptions), sink, handle);
        sink.length = 0;
      };
      if (collected === undefined) {
        rule.check(index, this.context, record);
        continue;
      }
      const found = collected.get(rule.id);
      if (found === undefined) throw new Error(`the findings of dataset rule ${rule.id} are missing`);
      for (const { handle, pointer, params, severity } of found) record(handle, pointer, params, severity);
    }
  }

  /**
   * The dataset phase once every record is in, for running its rules on several threads
   * (`collectDatasetFindingsFrom` on each, sharing the rules out, then `finish` with all
   * the findings); undefined when no dataset rule runs.
   */
  datasetPhase(): DatasetPhase | undefined {
    const index = this.index;
    const rules = this.datasetRulesToRun();
    if (index === undefined || rules.length === 0) return undefined;
    return {
      rules,
      index,
      context: this.context,
      exportIndex: () => index.exportBatch(),
    };
  }

  /** How many files were checked against each version. */
  private filesByVersion(): Record<string, number> {
    const files: Record<string, number> = {};
    for (const version of this.versionOfFile.values()) files[version] = (files[version] ?? 0) + 1;
    return files;
  }

  /** Runs the dataset rules (or records `collected`, their findings from `datasetPhase`) and returns the report. */
  finish(collected?: DatasetFindingsByRule): ValidationReport {
    if (this.index && this.engine.onDatasetIndex) {
      const index = this.index;
      const settings = {
        asOf: this.context.asOf,
        schemaVersion: this.context.schemaVersion,
        flatBenefitMinHouseholds: this.context.parameters.flatBenefit?.minHouseholds ?? defaultFlatBenefitMinHouseholds,
      };
      this.engine.onDatasetIndex({ size: index.size, settings, row: (slot) => indexRowOf(index, slot, (handle) => this.datasetLocation(index, handle)) });
    }
    if (this.index) this.runDatasetRules(this.index, collected);
    const records = this.locations.size;
    let invalid = 0;
    for (let handle = 0; handle < records; handle++) if (this.locations.isInvalid(handle)) invalid++;
    const elapsedMs = Math.max(0, this.engine.now() - this.started);
    const summary: Summary = {
      records,
      valid: records - invalid,
      invalid,
      errors: this.errors,
      warnings: this.warnings,
      infos: this.infos,
      byRule: { ...this.byRule },
      recordsByRule: this.recordsByRule.counts(),
      files: this.locations.fileCount,
      ...(this.versionOfFile.size > 0 ? { schemaVersions: this.filesByVersion() } : {}),
      elapsedMs: Math.round(elapsedMs),
      recordsPerSecond: elapsedMs > 0 ? Math.round((records * 1000) / elapsedMs) : records,
    };

    const findings = [...this.findings].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
    );
    return { summary, findings };
  }
}
