import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ExpectedFinding, Vector, VectorGroup, VectorTest } from "./vector-format.js";

/** A vector file that does not follow `vectors.schema.json`; the message names the file and the place. */
export class VectorFormatError extends Error {
  override name = "VectorFormatError";
}

const ruleIdPattern = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;
const vectorIdPattern = /^[a-z0-9][a-z0-9.-]*\/[a-z0-9][a-z0-9.-]*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(where: string, message: string): never {
  throw new VectorFormatError(`${where}: ${message}`);
}

function checkFinding(value: unknown, where: string): ExpectedFinding {
  if (!isObject(value)) fail(where, "a finding must be an object {ruleId, pointer, record?}");
  const { ruleId, pointer, record } = value;
  if (typeof ruleId !== "string" || !ruleIdPattern.test(ruleId)) fail(where, "`ruleId` must be a rule id such as `id-number.check-character`");
  if (typeof pointer !== "string" || (pointer !== "" && !pointer.startsWith("/"))) fail(where, "`pointer` must be a JSON Pointer (\"\" or starting with /)");
  const finding: ExpectedFinding = { ruleId, pointer };
  if (record !== undefined) {
    if (typeof record !== "number" || !Number.isInteger(record) || record < 0) fail(where, "`record` must be a non-negative integer");
    finding.record = record;
  }
  for (const key of Object.keys(value)) if (!["ruleId", "pointer", "record"].includes(key)) fail(where, `unknown property \`${key}\``);
  return finding;
}

const testKeys = new Set(["id", "description", "data", "records", "raw", "format", "rawEncoding", "asOf", "parameters", "valid", "findings"]);

function checkTest(value: unknown, where: string): VectorTest {
  if (!isObject(value)) fail(where, "a test must be an object");
  for (const key of Object.keys(value)) if (!testKeys.has(key)) fail(where, `unknown property \`${key}\``);
  const { id, description, valid, findings, records, raw, format, asOf, parameters } = value;
  if (typeof id !== "string" || !vectorIdPattern.test(id)) fail(where, "`id` must look like `area/name` (lowercase, digits, dots, hyphens)");
  const at = `${where} (${id})`;
  if (typeof description !== "string" || description === "") fail(at, "`description` is required");
  if (typeof valid !== "boolean") fail(at, "`valid` must be true or false");
  if (!Array.isArray(findings)) fail(at, "`findings` must be a list");
  const inputs = ["data", "records", "raw"].filter((key) => key in value);
  if (inputs.length !== 1) fail(at, "exactly one of `data`, `records`, `raw` is required");
  if (records !== undefined) {
    if (!Array.isArray(records) || records.length === 0) fail(at, "`records` must be a non-empty list");
    const finished = new Set<string>();
    records.forEach((entry, index) => {
      if (!isObject(entry) || typeof entry["file"] !== "string" || !("record" in entry)) fail(`${at} records[${index}]`, "must be {file, record}");
      // The list is the reading order, file after file: a file's records come together.
      const previous = index > 0 ? (records[index - 1] as Record<string, unknown>)["file"] : undefined;
      if (previous !== undefined && previous !== entry["file"]) finished.add(previous as string);
      if (finished.has(entry["file"])) fail(`${at} records[${index}]`, `the records of ${entry["file"]} must be listed together (the list is the reading order, file after file)`);
    });
  }
  if (raw !== undefined && (typeof raw !== "string" || !["json", "jsonl", "csv"].includes(format as string))) fail(at, "`raw` must be a string with `format` json, jsonl or csv");
  if (raw === undefined && (format !== undefined || value["rawEncoding"] !== undefined)) fail(at, "`format` and `rawEncoding` only go with `raw`");
  if (value["rawEncoding"] !== undefined && !["utf-8", "base64"].includes(value["rawEncoding"] as string)) fail(at, "`rawEncoding` must be utf-8 or base64");
  if (asOf !== undefined && (typeof asOf !== "string" || !datePattern.test(asOf))) fail(at, "`asOf` must be YYYY-MM-DD");
  if (parameters !== undefined && !isObject(parameters)) fail(at, "`parameters` must be an object");
  const checked = findings.map((finding, index) => checkFinding(finding, `${at} findings[${index}]`));
  return { ...(value as unknown as VectorTest), findings: checked };
}

function checkGroup(value: unknown, where: string): VectorGroup {
  if (!isObject(value)) fail(where, "a group must be an object {description, rules, tests}");
  for (const key of Object.keys(value)) if (!["description", "rules", "asOf", "parameters", "tests"].includes(key)) fail(where, `unknown property \`${key}\``);
  const { description, rules, asOf, parameters, tests } = value;
  if (typeof description !== "string" || description === "") fail(where, "`description` is required");
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every((rule) => typeof rule === "string" && ruleIdPattern.test(rule))) {
    fail(where, "`rules` must be a non-empty list of rule ids");
  }
  if (asOf !== undefined && (typeof asOf !== "string" || !datePattern.test(asOf))) fail(where, "`asOf` must be YYYY-MM-DD");
  if (parameters !== undefined && !isObject(parameters)) fail(where, "`parameters` must be an object");
  if (!Array.isArray(tests) || tests.length === 0) fail(where, "`tests` must be a non-empty list");
  const group: VectorGroup = { description, rules: rules as string[], tests: tests.map((test, index) => checkTest(test, `${where} test ${index + 1}`)) };
  if (typeof asOf === "string") group.asOf = asOf;
  if (isObject(parameters)) group.parameters = parameters;
  return group;
}

/** Parses and checks one vector file's text; `file` names it in messages. */
export function parseVectorFile(text: string, file: string): Vector[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) fail(file, "a vector file is a non-empty list of groups");
  const vectors: Vector[] = [];
  parsed.forEach((value, groupIndex) => {
    const group = checkGroup(value, `${file} group ${groupIndex + 1}`);
    for (const test of group.tests) {
      const vector: Vector = { ...test, file, groupRules: group.rules, groupDescription: group.description };
      const asOf = test.asOf ?? group.asOf;
      if (asOf !== undefined) vector.asOf = asOf;
      const parameters = test.parameters ?? group.parameters;
      if (parameters !== undefined) vector.parameters = parameters;
      vectors.push(vector);
    }
  });
  return vectors;
}

/** Loads every `*.json` vector file of a directory, in name order, and checks that ids are unique. */
export function loadVectors(directory: string): Vector[] {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    throw new VectorFormatError(`cannot read the vector directory ${directory}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (names.length === 0) throw new VectorFormatError(`no *.json vector files in ${directory}`);
  const vectors = names.flatMap((name) => parseVectorFile(readFileSync(join(directory, name), "utf8"), basename(name)));
  const seen = new Map<string, string>();
  for (const vector of vectors) {
    const previous = seen.get(vector.id);
    if (previous !== undefined) throw new VectorFormatError(`${vector.file}: vector id \`${vector.id}\` is already used in ${previous}`);
    seen.set(vector.id, vector.file);
  }
  return vectors;
}
