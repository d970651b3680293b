import { ruleById as catalogueRuleById } from "./catalogue.js";
import type { InputItem } from "./input/input-item.js";
import { withDefaultParameters } from "./parameter-defaults/index.js";
import { noParameters, type Parameters } from "./parameters.js";
import type { DatasetIndexRows } from "./index-row.js";
import type { Finding, Lang, RecordLocation, Severity } from "./rule.js";
import { datasetRules, recordRules } from "./rules/index.js";
import { compileSchemas } from "./schema/compile-schemas.js";
import type { SchemaSet } from "./schema/schema-set.js";
import { currentVersion, isStandardVersion, standardVersions } from "@czt/schemas";
import { standardSchemaSet, standardSchemaSets } from "./schema/standard-schema-set.js";
import { type Engine, Session, type ValidationReport, type ValidationSession } from "./session.js";

/** Which layers run: `schema` only, `record` (schema + record rules), or `all` (+ dataset rules). */
export type Checks = "schema" | "record" | "all";

export interface ValidatorOptions {
  /** Reference date `YYYY-MM-DD`; default: the input's header/package `asOf`, else today. */
  asOf?: string;
  parameters?: Parameters;
  severityOverrides?: Record<string, Severity>;
  /** Unresolved references become info findings (the record is elsewhere). */
  lenientReferences?: boolean;
  /** Rule ids, or prefixes ending in `.` (`dataset.`), to leave out. */
  disableRules?: string[];
  checks?: Checks;
  /** Language of finding messages; default en. */
  lang?: Lang;
  /** Show personal data in findings instead of masking it. */
  reveal?: boolean;
  /** Keep at most this many findings in the report (all are still counted). */
  maxFindings?: number;
  /**
   * Hands each finding to list (up to `maxFindings`) over as it is found, instead of keeping
   * it: the report's `findings` stay empty and memory does not grow with them (a report
   * writer streams them out). Findings then come in input order, dataset findings last.
   */
  onFinding?: (finding: Finding) => void;
  /**
   * Version of the standard to check every export against, whatever its package or JSON Lines
   * header declares (one of `standardVersions` of @czt/schemas). Default: the version each
   * export declares; exports that declare none (CSV, JSON Lines without a header, bare
   * records) are checked against the current version.
   */
  schemaVersion?: string;
  /**
   * Called with the dataset index's rows once all input is read, before the dataset rules
   * run (which it does not prevent: disable them with `dataset.` to only export the index).
   * The index is built even when no dataset rule runs.
   */
  onDatasetIndex?: (rows: DatasetIndexRows) => void;
  /** Build the dataset index even when no dataset rule runs (set in worker threads of a run with `onDatasetIndex`). */
  buildDatasetIndex?: boolean;
  /** The standard's schemas; tests and profiles may supply their own (used for every version). */
  schemaSet?: SchemaSet;
}

export interface Validator {
  /** Schema and record rules on one record. */
  validateRecord(record: unknown, location?: Partial<RecordLocation>): Finding[];
  /** A streaming session: add items one by one, then finish for dataset rules and the summary. */
  createSession(): ValidationSession;
  /** Every layer over an in-memory or streamed sequence of records. */
  validateRecords(records: Iterable<unknown> | AsyncIterable<unknown>): Promise<ValidationReport>;
}

function enabledFilter(disabled: readonly string[], checks: Checks): (id: string) => boolean {
  const exact = new Set(disabled.filter((id) => !id.endsWith(".")));
  const prefixes = disabled.filter((id) => id.endsWith("."));
  const cache = new Map<string, boolean>();
  const recordIds = new Set(recordRules.map((rule) => rule.id));
  const datasetIds = new Set(datasetRules.map((rule) => rule.id));
  return (id) => {
    let enabled = cache.get(id);
    if (enabled === undefined) {
      enabled =
        !exact.has(id) &&
        !prefixes.some((prefix) => id.startsWith(prefix)) &&
        !(checks === "schema" && (recordIds.has(id) || datasetIds.has(id))) &&
        !(checks === "record" && datasetIds.has(id));
      cache.set(id, enabled);
    }
    return enabled;
  };
}

const compiledBySet = new WeakMap<SchemaSet, ReturnType<typeof compileSchemas>>();

/** A schema set's validators, compiled on first use and shared by every validator. */
function compiledOf(schemaSet: SchemaSet): ReturnType<typeof compileSchemas> {
  let compiled = compiledBySet.get(schemaSet);
  if (!compiled) {
    compiled = compileSchemas(schemaSet);
    compiledBySet.set(schemaSet, compiled);
  }
  return compiled;
}

/** Creates a validator; schemas are compiled once per schema set and shared by its validators. */
export function createValidator(options: ValidatorOptions = {}): Validator {
  if (options.schemaVersion !== undefined && !isStandardVersion(options.schemaVersion)) {
    throw new Error(`schemaVersion ${JSON.stringify(options.schemaVersion)} is not a version of the standard this validator knows (${standardVersions.join(", ")})`);
  }
  const defaultVersion = options.schemaVersion ?? currentVersion;
  const versionSchemaSet = (version: string): SchemaSet | undefined =>
    isStandardVersion(version) ? (options.schemaSet ?? standardSchemaSets[version]) : undefined;
  const schemaSet = versionSchemaSet(defaultVersion) ?? standardSchemaSet;
  const checks = options.checks ?? "all";
  const isEnabled = enabledFilter(options.disableRules ?? [], checks);
  const engine: Engine = {
    defaultVersion: { version: defaultVersion, schemaSet, compiled: compiledOf(schemaSet) },
    versionOf: (version) => {
      const set = versionSchemaSet(version);
      return set === undefined ? undefined : { version, schemaSet: set, compiled: compiledOf(set) };
    },
    knownVersions: standardVersions,
    versionOverride: options.schemaVersion,
    recordRules: checks === "schema" ? [] : recordRules,
    datasetRules: checks === "all" ? datasetRules.filter((rule) => isEnabled(rule.id)) : [],
    ruleById: catalogueRuleById,
    findingOptions: { lang: options.lang ?? "en", reveal: options.reveal ?? false, severityOverrides: options.severityOverrides ?? {} },
    isEnabled,
    asOf: options.asOf,
    parameters: withDefaultParameters(options.parameters ?? noParameters),
    lenientReferences: options.lenientReferences ?? false,
    maxFindings: options.maxFindings ?? Number.POSITIVE_INFINITY,
    onFinding: options.onFinding,
    now: () => (typeof performance === "undefined" ? Date.now() : performance.now()),
    buildDatasetIndex: options.buildDatasetIndex === true || options.onDatasetIndex !== undefined,
    onDatasetIndex: options.onDatasetIndex,
  };
  const createSession = (): ValidationSession => new Session(engine);
  // A single record: no dataset rules, so its session builds no dataset index.
  const recordEngine: Engine = { ...engine, datasetRules: [], onFinding: undefined, buildDatasetIndex: false, onDatasetIndex: undefined };
  return {
    createSession,
    validateRecord(record, location = {}) {
      const session = new Session(recordEngine);
      const full: RecordLocation = { file: location.file ?? "", line: location.line ?? 0, recordIndex: location.recordIndex ?? 0 };
      if (location.column !== undefined) full.column = location.column;
      if (location.recordId !== undefined) full.recordId = location.recordId;
      return session.add({ kind: "record", value: record, location: full });
    },
    async validateRecords(records) {
      const session = createSession();
      let recordIndex = 0;
      for await (const value of records as AsyncIterable<unknown>) {
        const item: InputItem = { kind: "record", value, location: { file: "", line: 0, recordIndex: recordIndex++ } };
        session.add(item);
      }
      return session.finish();
    },
  };
}
