import { schemaRuleOfKeyword } from "@czt/schemas";
import type { ErrorObject } from "ajv";
import type { Params, RawFinding } from "../rule.js";
import { type FieldInfo, pointerTemplate } from "./field-map.js";
import { formatDescriptions } from "./format-descriptions.js";
import type { SchemaSet } from "./schema-set.js";

/** How many allowed codes a message lists before it says "… and N more". */
const maxListedCodes = 12;

/** Which finding wins when several land on one pointer: the most specific to act on. */
const rulePriority = ["schema.required", "schema.additional-property", "schema.type", "schema.enum", "schema.format", "schema.range", "schema.shape"];

const typeNames: Readonly<Record<string, { zh: string; en: string }>> = {
  string: { zh: "字符串", en: "a string" },
  integer: { zh: "整数", en: "an integer" },
  number: { zh: "数字", en: "a number" },
  boolean: { zh: "布尔值", en: "true or false" },
  object: { zh: "对象", en: "an object" },
  array: { zh: "数组", en: "an array" },
  null: { zh: "null", en: "null" },
};

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function describeValue(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return jsonType(value);
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Field title params (`field`, `field.zh`, `field.en`) for a pointer, falling back to the
 * pointer itself. The whole instance is "the record" unless the map titles it (key "").
 */
export function fieldParams(fields: ReadonlyMap<string, FieldInfo>, pointer: string): Record<string, string> {
  if (pointer === "") {
    const whole = fields.get("")?.title ?? { zh: "记录", en: "The record" };
    return { field: whole.en, "field.zh": whole.zh, "field.en": whole.en };
  }
  const info = fields.get(pointerTemplate(pointer));
  const fallback = pointer;
  if (!info?.title) return { field: fallback };
  return { field: fallback, "field.zh": `${info.title.zh}（${fallback}）`, "field.en": `${info.title.en} (${fallback})` };
}

function listCodes(values: readonly unknown[], codeList: SchemaSetCodeList | undefined): Record<string, string> {
  const shown = values.slice(0, maxListedCodes);
  const more = values.length - shown.length;
  const label = (lang: "zh" | "en") =>
    shown
      .map((code) => {
        const title = codeList?.codes.find((entry) => entry.code === code)?.title?.[lang];
        return title ? `${String(code)} ${title}` : JSON.stringify(code);
      })
      .join(", ") + (more > 0 ? (lang === "zh" ? ` 等（另有 ${more} 个）` : ` … (${more} more)`) : "");
  return { allowed: label("en"), "allowed.zh": label("zh"), "allowed.en": label("en") };
}

type SchemaSetCodeList = NonNullable<SchemaSet["codeLists"]>[string];

const comparisons: Readonly<Record<string, { zh: string; en: string; unit?: { zh: string; en: string } }>> = {
  minimum: { zh: "大于或等于", en: "at least" },
  maximum: { zh: "小于或等于", en: "at most" },
  exclusiveMinimum: { zh: "大于", en: "greater than" },
  exclusiveMaximum: { zh: "小于", en: "less than" },
  minLength: { zh: "至少", en: "at least", unit: { zh: "个字符", en: "characters long" } },
  maxLength: { zh: "至多", en: "at most", unit: { zh: "个字符", en: "characters long" } },
  minItems: { zh: "至少", en: "at least", unit: { zh: "项", en: "items" } },
  maxItems: { zh: "至多", en: "at most", unit: { zh: "项", en: "items" } },
  multipleOf: { zh: "为以下数的倍数：", en: "a multiple of" },
};

function translateOne(error: ErrorObject, fields: ReadonlyMap<string, FieldInfo>, set: SchemaSet): RawFinding {
  const ruleId = schemaRuleOfKeyword(error.keyword);
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  let extra: Params = {};
  switch (ruleId) {
    case "schema.required": {
      const property = String(params["missingProperty"] ?? params["property"] ?? "");
      pointer = `${error.instancePath}/${escapeSegment(property)}`;
      extra = { property };
      break;
    }
    case "schema.additional-property": {
      const property = String(params["additionalProperty"] ?? params["unevaluatedProperty"] ?? "");
      extra = { property, ...fieldParams(fields, error.instancePath) };
      pointer = `${error.instancePath}/${escapeSegment(property)}`;
      return { ruleId, pointer, params: extra };
    }
    case "schema.type": {
      const expected = String(params["type"] ?? "");
      const names = expected.split(",").map((t) => typeNames[t] ?? { zh: t, en: t });
      const actual = typeNames[jsonType(error.data)] ?? { zh: jsonType(error.data), en: jsonType(error.data) };
      extra = {
        expected: names.map((n) => n.en).join(" or "),
        "expected.zh": names.map((n) => n.zh).join("或"),
        "expected.en": names.map((n) => n.en).join(" or "),
        actual: actual.en,
        "actual.zh": actual.zh,
        "actual.en": actual.en,
      };
      break;
    }
    case "schema.enum": {
      const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
      const values = Array.isArray(parent["enum"]) ? parent["enum"] : [params["allowedValue"]];
      const listName = typeof parent["x-czt-codelist"] === "string" ? parent["x-czt-codelist"] : fields.get(pointerTemplate(pointer))?.codeList;
      const codeList = listName ? set.codeLists?.[listName] : undefined;
      extra = { value: describeValue(error.data), ...listCodes(values, codeList), ...(listName ? { codeList: listName } : {}) };
      break;
    }
    case "schema.format": {
      const format = error.keyword === "pattern" ? String(params["pattern"] ?? "") : String(params["format"] ?? "");
      // The message says in words what the format asks for; `format` keeps the name or pattern.
      const described = formatDescriptions[format];
      extra = { value: describeValue(error.data), format, ...(described ? { "format.zh": described.zh, "format.en": described.en } : {}) };
      break;
    }
    case "schema.range": {
      const comparison = comparisons[error.keyword] ?? { zh: error.keyword, en: error.keyword };
      const limit = String(params["limit"] ?? params["multipleOf"] ?? "");
      // A length is a figure about the value, not the value: it goes in `length`, which is
      // never masked, and the message reads it from `value.zh`/`value.en`.
      const length = typeof error.data === "string" || Array.isArray(error.data) ? error.data.length : undefined;
      const unit = comparison.unit;
      const measured: Params =
        length !== undefined && unit
          ? { length, "value.zh": `${length} ${unit.zh}`, "value.en": `${length} ${unit.en}` }
          : { value: length ?? describeValue(error.data) };
      extra = {
        ...measured,
        limit: comparison.unit ? `${limit} ${comparison.unit.en}` : limit,
        "limit.zh": comparison.unit ? `${limit} ${comparison.unit.zh}` : limit,
        "limit.en": comparison.unit ? `${limit} ${comparison.unit.en}` : limit,
        comparison: comparison.en,
        "comparison.zh": comparison.zh,
        "comparison.en": comparison.en,
      };
      break;
    }
    default: {
      const alternatives = params["alternatives"];
      extra =
        typeof alternatives === "string"
          ? {
              detail: `one of ${alternatives} is required`,
              "detail.zh": `至少需要以下之一：${alternatives}`,
              "detail.en": `one of ${alternatives} is required`,
              keyword: error.keyword,
            }
          : { detail: error.message ?? error.keyword, keyword: error.keyword };
    }
  }
  return { ruleId, pointer, params: { ...fieldParams(fields, pointer), ...extra } };
}

/** Properties an `if` tests for absence: `{not: {required: [a]}}` or `{properties: {a: false}}`. */
function absentProperties(condition: Record<string, unknown> | undefined): string[] {
  if (!condition) return [];
  const required = (condition["not"] as Record<string, unknown> | undefined)?.["required"];
  if (Array.isArray(required)) return required.map(String);
  const properties = condition["properties"] as Record<string, unknown> | undefined;
  if (!properties || condition["required"] !== undefined) return [];
  return Object.entries(properties)
    .filter(([, schema]) => schema === false)
    .map(([name]) => name);
}

/** The errors inside a failed `oneOf`/`anyOf` branch, by branch index. */
function branchErrors(errors: readonly ErrorObject[], combinator: ErrorObject): Map<string, ErrorObject[]> {
  const prefix = `${combinator.schemaPath}/`;
  const branches = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (!error.schemaPath.startsWith(prefix)) continue;
    const branch = error.schemaPath.slice(prefix.length).split("/")[0] ?? "";
    const list = branches.get(branch) ?? [];
    list.push(error);
    branches.set(branch, list);
  }
  return branches;
}

/**
 * Collapses `oneOf`/`anyOf`/`if` noise: a failed combinator becomes either the errors of
 * the branch that came closest (it matched at the combinator's own level and failed
 * deeper down), or one `schema.shape` finding that says what the alternatives need.
 */
function collapseCombinators(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === "if") {
      dropped.add(error);
      // `if: {not: {required: [a]}}, then: {required: [b]}` means "a or b": one shape finding.
      const condition = ((error.parentSchema ?? {}) as Record<string, unknown>)["if"] as Record<string, unknown> | undefined;
      const absent = absentProperties(condition);
      if (absent.length > 0) {
        const prefix = `${error.schemaPath.replace(/\/if$/, "")}/then/`;
        const missing = errors.filter((e) => e.keyword === "required" && e.schemaPath.startsWith(prefix));
        if (missing.length > 0) {
          for (const e of missing) dropped.add(e);
          const needed = missing.map((e) => String((e.params as Record<string, unknown>)["missingProperty"]));
          const first = missing[0]!;
          replaced.set(first, [{ ...first, keyword: "anyOf", params: { alternatives: [...absent.map(String), ...needed].join(" | ") } }]);
        }
      }
      continue;
    }
    if (error.keyword !== "oneOf" && error.keyword !== "anyOf") continue;
    const branches = branchErrors(errors, error);
    for (const list of branches.values()) for (const e of list) dropped.add(e);
    if (branches.size === 0) continue; // oneOf matched more than one branch: keep the combinator error
    const deeper = [...branches.values()].filter((list) => list.every((e) => e.instancePath !== error.instancePath || e.keyword === "if"));
    const best = deeper.sort((a, b) => a.length - b.length)[0];
    if (best) {
      replaced.set(error, best);
      continue;
    }
    const missing = [...branches.values()].map((list) =>
      list
        .filter((e) => e.keyword === "required")
        .map((e) => String((e.params as Record<string, unknown>)["missingProperty"]))
        .join(" + "),
    );
    if (missing.every((m) => m !== "")) {
      replaced.set(error, [{ ...error, params: { alternatives: missing.join(" | ") } }]);
    }
  }
  const result: ErrorObject[] = [];
  for (const error of errors) {
    const replacement = replaced.get(error);
    if (replacement) result.push(...replacement);
    else if (!dropped.has(error)) result.push(error);
  }
  return result;
}

/** Translates ajv's errors for one record into findings, at most one per pointer. */
export function translateErrors(errors: readonly ErrorObject[], fields: ReadonlyMap<string, FieldInfo>, set: SchemaSet): RawFinding[] {
  const byPointer = new Map<string, RawFinding>();
  for (const error of collapseCombinators(errors)) {
    const finding = translateOne(error, fields, set);
    const previous = byPointer.get(finding.pointer);
    if (!previous || rulePriority.indexOf(finding.ruleId) < rulePriority.indexOf(previous.ruleId)) byPointer.set(finding.pointer, finding);
  }
  return [...byPointer.values()];
}
