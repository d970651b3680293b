import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { codeListPointers, codeLists, recordSchemaIds, schemas, schemaVersion } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { assistance, enrolment, person, transfer } from "./support/records.js";
import { type TypedValue, typecheckValues } from "./support/typecheck-values.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
/** Type-checking a literal costs time: large exports are checked on their first records. */
const maxRecordsPerFile = 100;

function exampleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.filter((name) => /\.(json|jsonl)$/.test(name)).map((name) => join(dir, name)).sort();
}

/** The valid example exports (`examples/json/<city>.json`, `examples/jsonl/<city>.jsonl`); `examples/invalid/` is checked apart. */
/**
 * The types describe the current version; the examples declare 1.0, whose records are valid
 * 1.1 records (a minor version never makes valid data invalid). Only the declared version
 * differs, so it is set to the current one, as \`czt migrate\` would.
 */
function asCurrentVersion<T>(value: T): T {
  const header = value as { schemaVersion?: unknown };
  return typeof header === "object" && header !== null && "schemaVersion" in header ? ({ ...header, schemaVersion } as T) : value;
}

function exampleValues(): TypedValue[] {
  const files = exampleFiles(join(repoRoot, "examples")).filter((file) => /[\\/](json[\\/][^\\/]+\.json|jsonl[\\/][^\\/]+\.jsonl)$/.test(file));
  return files.flatMap((file): TypedValue[] => {
    const origin = relative(repoRoot, file);
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".jsonl")) {
      return text
        .split("\n")
        .slice(0, maxRecordsPerFile + 1)
        .flatMap((line, i) => (line.trim() === "" ? [] : [{ origin: `${origin}:${i + 1}`, typeName: "JsonLinesLine" as const, value: asCurrentVersion(JSON.parse(line)) }]));
    }
    const value = JSON.parse(text) as { records?: unknown[] };
    if (Array.isArray(value.records)) value.records = value.records.slice(0, maxRecordsPerFile);
    return [{ origin, typeName: "Package", value: asCurrentVersion(value) }];
  });
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

interface InvalidExample {
  file: string;
  keyword: string;
  pointer: string;
  line?: number;
}

/**
 * Invalid examples whose single fault TypeScript can see: a wrong type or constant, an extra
 * property, a code outside a closed list, a missing field that is always required.
 * Formats, patterns, ranges and conditional requirements are the validator's business.
 */
function typeVisibleFaults(): (TypedValue & { fault: string })[] {
  const dir = join(repoRoot, "examples/invalid");
  let manifest: InvalidExample[];
  try {
    manifest = JSON.parse(readFileSync(join(repoRoot, "examples/invalid-manifest.json"), "utf8")) as InvalidExample[];
  } catch {
    return [];
  }
  return manifest.flatMap((entry) => {
    const text = readFileSync(join(dir, entry.file), "utf8");
    const isPackage = entry.file.endsWith(".json");
    const value: unknown = isPackage ? JSON.parse(text) : JSON.parse(text.split("\n")[(entry.line ?? 1) - 1] ?? "null");
    const recordType = isPackage ? "package" : String((value as { recordType?: unknown }).recordType);
    const field = entry.pointer.split("/").slice(1);
    const schema = schemas[recordType === "package" ? recordSchemaIds.package : recordType === "header" ? recordSchemaIds.jsonlHeader : `https://czt-ss.org/schemas/1.1/${recordType}.schema.json`] as { required?: string[] } | undefined;
    const list = (codeListPointers as Record<string, Record<string, keyof typeof codeLists>>)[recordType]?.[entry.pointer];
    // TypeScript has no integer type: a number where an integer is expected (yuan for fen) passes.
    const numberForInteger = entry.keyword === "type" && typeof valueAt(value, field) === "number";
    const visible =
      (["type", "const", "additionalProperties"].includes(entry.keyword) && !numberForInteger) ||
      (entry.keyword === "enum" && (list === undefined || codeLists[list].openness === "closed")) ||
      (entry.keyword === "required" && field.length === 1 && schema?.required?.includes(field[0]!) === true);
    if (!visible) return [];
    const typeName = isPackage ? ("Package" as const) : ("JsonLinesLine" as const);
    return [{ origin: `examples/invalid/${entry.file}`, typeName, value, fault: `${entry.keyword} at ${entry.pointer}` }];
  });
}

/** Records as they arrive from JSON (plain strings and numbers, no TypeScript literal types). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Runs the compiler once over many values (a program costs about a second) and keeps the messages per origin. */
function checkedOnce(values: readonly TypedValue[]): () => Map<string, string[]> {
  let result: Map<string, string[]> | undefined;
  return () => {
    if (result === undefined) {
      result = new Map(values.map((v) => [v.origin, []]));
      for (const message of typecheckValues(values)) {
        const origin = values.find((v) => message.startsWith(`${v.origin}: `))?.origin ?? "?";
        result.set(origin, [...(result.get(origin) ?? []), message]);
      }
    }
    return result;
  };
}

const realistic: TypedValue[] = [person, enrolment, transfer, assistance].map((record) => ({
  origin: `support/records.ts ${record.id}`,
  typeName: "CztRecord",
  value: asJson(record),
}));
realistic.push({
  origin: "support/records.ts package",
  typeName: "Package",
  value: { schemaVersion: "1.1", publisher: asJson(enrolment.agency), city: "430100", created: "2024-07-01T08:00:00+08:00", records: realistic.map((v) => v.value) },
});
const examples = exampleValues();
const accepted = checkedOnce([...realistic, ...examples]);

const wrongRecord = { origin: "wrong.jsonl:7", typeName: "JsonLinesLine" as const, value: { ...(asJson(enrolment) as object), scheme: "110", monthlyContributionBase: "6000.00" }, fault: "inline" };
const faults = [wrongRecord, ...typeVisibleFaults()];
const rejected = checkedOnce(faults);

describe("generated types against JSON data", () => {
  it.each(realistic.map((v) => [v.origin] as const))("accept %s as parsed JSON", (origin) => {
    expect(accepted().get(origin)).toEqual([]);
  });

  // Registered once the example exports exist in examples/json and examples/jsonl (another engineer's files).
  if (examples.length > 0) {
    it(`accept the example exports (${examples.length} packages and lines)`, () => {
      const messages = examples.flatMap((v) => accepted().get(v.origin) ?? []);
      expect(messages).toEqual([]);
    });
  }

  it.each(faults.map((f) => [f.origin, f.fault] as const))("reject %s (%s), naming where it came from", (origin) => {
    const messages = rejected().get(origin) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]?.startsWith(`${origin}: `)).toBe(true);
  });
});
