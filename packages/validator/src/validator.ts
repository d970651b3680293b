import { ruleById as catalogueRuleById } from "./catalogue.js";
import type { InputItem } from "./input/input-item.js";
import { noParameters, type Parameters } from "./parameters.js";
import type { Finding, Lang, RecordLocation, Severity } from "./rule.js";
import { datasetRules, recordRules } from "./rules/index.js";
import { compileSchemas } from "./schema/compile-schemas.js";
import type { SchemaSet } from "./schema/schema-set.js";
import { standardSchemaSet } from "./schema/standard-schema-set.js";
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
  /** The standard's schemas; tests and profiles may supply their own. */
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

/** Creates a validator; schemas are compiled once per schema set and shared by its validators. */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const schemaSet = options.schemaSet ?? standardSchemaSet;
  let compiled = compiledBySet.get(schemaSet);
  if (!compiled) {
    compiled = compileSchemas(schemaSet);
    compiledBySet.set(schemaSet, compiled);
  }
  const checks = options.checks ?? "all";
  const isEnabled = enabledFilter(options.disableRules ?? [], checks);
  const engine: Engine = {
    compiled,
    schemaSet,
    recordRules: checks === "schema" ? [] : recordRules,
    datasetRules: checks === "all" ? datasetRules.filter((rule) => isEnabled(rule.id)) : [],
    ruleById: catalogueRuleById,
    findingOptions: { lang: options.lang ?? "en", reveal: options.reveal ?? false, severityOverrides: options.severityOverrides ?? {} },
    isEnabled,
    asOf: options.asOf,
    parameters: options.parameters ?? noParameters,
    lenientReferences: options.lenientReferences ?? false,
    maxFindings: options.maxFindings ?? Number.POSITIVE_INFINITY,
    onFinding: options.onFinding,
    now: () => (typeof performance === "undefined" ? Date.now() : performance.now()),
  };
  const createSession = (): ValidationSession => new Session(engine);
  // A single record: no dataset rules, so its session builds no dataset index.
  const recordEngine: Engine = { ...engine, datasetRules: [], onFinding: undefined };
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
