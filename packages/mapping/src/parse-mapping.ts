import { type CodeListId, codeListIds } from "@czt/schemas";
import type { ErrorObject } from "ajv";
import { LineCounter, parseDocument } from "yaml";
import type { FieldSpec, Mapping, Transform } from "./mapping.js";
// Imported, not read from disk, so the page bundles it; the checks run generated code (no eval under the page's policy).
import schema from "./mapping.schema.json" with { type: "json" };
import { validate as generatedValidate } from "./generated/mapping-schema-validate.js";
import { hasLocalCodes } from "./transforms/crosswalk.js";

/** A problem of a mapping file: where (line, JSON pointer) and what. */
export interface MappingFileProblem {
  line?: number;
  pointer: string;
  message: string;
}

export type ParsedMapping = { ok: true; mapping: Mapping } | { ok: false; problems: MappingFileProblem[] };

/** The mapping language's JSON Schema, shipped with the package. */
export const mappingSchema: object = schema;

/** The schema's checks, compiled by ajv ahead of time (scripts/mapping-schema-code.ts). */
const validateSchema = generatedValidate as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

function schemaMessage(error: ErrorObject): string {
  if (error.keyword === "additionalProperties") return `unknown member '${(error.params as { additionalProperty: string }).additionalProperty}'`;
  if (error.keyword === "enum") return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "oneOf") {
    // Both $defs with a oneOf report "#/oneOf": a transform sits at …/transform/N, a field spec anywhere else.
    return /\/transform\/\d+$/.test(error.instancePath) ? "must be a transform of docs/mapping.md (a name such as yuanToFen, or { date }, { prefix }, { crosswalk })" : "must have exactly one of column, indicator, position, value, derive, mint";
  }
  return error.message ?? error.keyword;
}

function fieldSpecs(mapping: Mapping): { spec: FieldSpec; pointer: string }[] {
  const found: { spec: FieldSpec; pointer: string }[] = [];
  const visit = (spec: FieldSpec, pointer: string) => {
    found.push({ spec, pointer });
    for (const [i, inner] of (spec.mint?.from ?? []).entries()) visit(inner, `${pointer}/mint/from/${i}`);
  };
  mapping.sources.forEach((source, s) => {
    source.records.forEach((record, r) => {
      const at = `/sources/${s}/records/${r}`;
      if (record.id) visit(record.id, `${at}/id`);
      if (record.key) visit(record.key, `${at}/key`);
      if (record.into) visit(record.into.key, `${at}/into/key`);
      for (const [path, spec] of Object.entries(record.fields)) visit(spec, `${at}/fields/${path}`);
    });
  });
  return found;
}

/** What the schema cannot say: joins name an earlier source, tables and code lists exist, every record has an id. */
function meaningProblems(mapping: Mapping): { pointer: string; message: string }[] {
  const problems: { pointer: string; message: string }[] = [];
  const seen = new Set<string>();
  const names = new Set(mapping.sources.map((source) => source.name));
  mapping.sources.forEach((source, s) => {
    if (seen.has(source.name)) problems.push({ pointer: `/sources/${s}/name`, message: `a second source is named '${source.name}'` });
    source.records.forEach((record, r) => {
      const at = `/sources/${s}/records/${r}`;
      if (record.into && !names.has(record.into.source)) problems.push({ pointer: `${at}/into/source`, message: `joins into '${record.into.source}', which is not a source of this mapping` });
      if (!record.into && !record.id) problems.push({ pointer: `${at}`, message: "a record that joins into no other needs an id (a column or mint)" });
    });
    seen.add(source.name);
  });
  for (const { spec, pointer } of fieldSpecs(mapping)) {
    (spec.transform ?? []).forEach((step: Transform, i) => {
      if (typeof step !== "object" || !("crosswalk" in step)) return;
      const { list, system, table } = step.crosswalk;
      const where = `${pointer}/transform/${i}/crosswalk`;
      if (table !== undefined && mapping.crosswalks?.[table] === undefined) problems.push({ pointer: `${where}/table`, message: `no crosswalk table '${table}' under crosswalks` });
      if (list !== undefined && !(codeListIds as readonly string[]).includes(list)) problems.push({ pointer: `${where}/list`, message: `no code list '${list}'` });
      else if (list !== undefined && system !== undefined && !hasLocalCodes(list as CodeListId, system)) {
        problems.push({ pointer: `${where}/system`, message: `the code list ${list} has no local codes of the system ${system}: give a table` });
      }
      if (list === undefined && table === undefined) problems.push({ pointer: where, message: "a crosswalk needs a list or a table" });
    });
  }
  return problems;
}

/**
 * Reads a mapping file (YAML, or JSON, which is YAML too) and checks it against the
 * mapping language's JSON Schema and the rules the schema cannot express. Every problem
 * is located by line and JSON pointer, so one run lists all there is to fix.
 */
export function parseMapping(text: string): ParsedMapping {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    return { ok: false, problems: document.errors.map((error) => ({ line: error.linePos?.[0].line, pointer: "", message: error.message.split("\n")[0]! })) as MappingFileProblem[] };
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // An alias without its anchor (`file: *.csv` unquoted) is found only here.
    return { ok: false, problems: [{ pointer: "", message: `${(error as Error).message} (quote values that start with * or &)` }] };
  }
  const lineOf = (pointer: string): number | undefined => {
    const path = pointer.split("/").slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, "/").replace(/~0/g, "~")));
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const located = (problems: { pointer: string; message: string }[]): MappingFileProblem[] =>
    problems.map((problem) => {
      const line = lineOf(problem.pointer);
      return line === undefined ? problem : { ...problem, line };
    });
  if (!validateSchema(value)) {
    const errors = (validateSchema.errors ?? []).filter((error) => error.keyword !== "if");
    // oneOf reports every branch: keep the most specific error per place.
    const unique = new Map<string, { pointer: string; message: string }>();
    for (const error of errors) {
      const key = error.instancePath;
      const message = schemaMessage(error);
      if (!unique.has(key) || error.keyword === "oneOf") unique.set(key, { pointer: error.instancePath, message });
    }
    return { ok: false, problems: located([...unique.values()]) };
  }
  const mapping = value as Mapping;
  const problems = meaningProblems(mapping);
  return problems.length > 0 ? { ok: false, problems: located(problems) } : { ok: true, mapping };
}
