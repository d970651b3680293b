/**
 * Dated parameter tables an agency supplies to the validator (`--parameters file.json`):
 * contribution-base bounds, 低保 standards and a working-day calendar. Figures change by
 * city and year, so they are data with a source and a `verified` flag, never constants.
 * The normative shape is `schemas/parameters.schema.json`; `parseParameters` checks the
 * same constraints and a few the schema cannot express (dates in order, no two entries
 * for the same region/programme in force on the same day), with located messages.
 *
 * Date ranges are inclusive: `validUntil` is the last day an entry is in force (like a
 * record's `period.end`); an absent `validUntil` means "until further notice".
 */

export type ParameterCity = "430100" | "430200" | "430300";
export type DibaoProgramme = "dibao.urban" | "dibao.rural";

/** 缴费基数 bounds (60 %–300 % of the previous year's average monthly wage), in fen. */
export interface ContributionBaseEntry {
  /** Division code the bounds apply to: a county, a city (`430100`) or the province (`430000`). */
  readonly region: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly averageMonthlyWage?: number;
  /** Where the figure comes from (document number, URL). */
  readonly source: string;
  /** Whether the publisher checked the figure against the official document. */
  readonly verified: boolean;
}

/** 低保 monthly standard per person, in fen. */
export interface DibaoStandardEntry {
  readonly city: ParameterCity;
  readonly programme: DibaoProgramme;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly monthlyStandard: number;
  readonly source: string;
  readonly verified: boolean;
}

/** Public holidays and the weekend days worked in exchange (调休), by date. */
export interface WorkingDayCalendar {
  readonly holidays: readonly string[];
  readonly workingWeekends: readonly string[];
  readonly source: string;
}

/** Thresholds of heuristic rules (not official figures). */
export interface FlatBenefitSettings {
  /** Households of one city and programme sharing one benefit per member before `dataset.flat-benefit` fires (default 5). */
  readonly minHouseholds: number;
}

export interface Parameters {
  readonly parametersVersion?: "1.0";
  readonly publishedBy?: string;
  readonly description?: string;
  readonly contributionBase?: readonly ContributionBaseEntry[];
  readonly dibaoStandard?: readonly DibaoStandardEntry[];
  readonly workingDayCalendar?: WorkingDayCalendar;
  readonly flatBenefit?: FlatBenefitSettings;
}

/** No tables: rules that need one do nothing. */
export const noParameters: Parameters = {};

export const defaultFlatBenefitMinHouseholds = 5;

export interface ParameterProblem {
  /** JSON Pointer into the parameter file. */
  readonly pointer: string;
  readonly message: string;
}

export type ParametersResult =
  | { readonly ok: true; readonly parameters: Parameters; readonly unverified: number }
  | { readonly ok: false; readonly problems: readonly ParameterProblem[] };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const regionPattern = /^[1-8]\d{5}$/;
const cities: ReadonlySet<string> = new Set(["430100", "430200", "430300"]);
const programmes: ReadonlySet<string> = new Set(["dibao.urban", "dibao.rural"]);
const topLevelKeys: ReadonlySet<string> = new Set([
  "$schema",
  "parametersVersion",
  "publishedBy",
  "description",
  "contributionBase",
  "dibaoStandard",
  "workingDayCalendar",
  "flatBenefit",
]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRealDate(value: unknown): value is string {
  if (typeof value !== "string" || !datePattern.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function isFen(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

class ProblemList {
  readonly problems: ParameterProblem[] = [];
  add(pointer: string, message: string): void {
    this.problems.push({ pointer, message });
  }
}

function checkKeys(entry: Json, pointer: string, allowed: readonly string[], required: readonly string[], problems: ProblemList): void {
  for (const key of required) if (!(key in entry)) problems.add(pointer, `missing required property "${key}"`);
  for (const key of Object.keys(entry)) if (!allowed.includes(key)) problems.add(`${pointer}/${key}`, `unknown property "${key}"`);
}

function checkValidity(entry: Json, pointer: string, problems: ProblemList): void {
  if (!isRealDate(entry["validFrom"])) problems.add(`${pointer}/validFrom`, "must be a real date YYYY-MM-DD");
  const until = entry["validUntil"];
  if (until !== undefined) {
    if (!isRealDate(until)) problems.add(`${pointer}/validUntil`, "must be a real date YYYY-MM-DD");
    else if (isRealDate(entry["validFrom"]) && until < entry["validFrom"]) {
      problems.add(`${pointer}/validUntil`, `must not be before validFrom (${entry["validFrom"]})`);
    }
  }
  if (typeof entry["source"] !== "string" || entry["source"].trim() === "") {
    problems.add(`${pointer}/source`, "must name where the figure comes from (a non-empty string)");
  }
  if (typeof entry["verified"] !== "boolean") problems.add(`${pointer}/verified`, "must be true or false");
}

function checkOverlaps(entries: readonly Json[], keyOf: (entry: Json) => string, pointer: string, what: string, problems: ProblemList): void {
  const byKey = new Map<string, { index: number; from: string; until: string }[]>();
  entries.forEach((entry, index) => {
    if (!isRealDate(entry["validFrom"])) return;
    const until = isRealDate(entry["validUntil"]) ? entry["validUntil"] : "9999-12-31";
    const key = keyOf(entry);
    const list = byKey.get(key) ?? [];
    for (const other of list) {
      if (entry["validFrom"] <= other.until && other.from <= until) {
        problems.add(`${pointer}/${index}`, `${what} ${key} is already in force on these dates in entry ${other.index}`);
      }
    }
    list.push({ index, from: entry["validFrom"], until });
    byKey.set(key, list);
  });
}

function checkContributionBase(value: unknown, problems: ProblemList): void {
  const pointer = "/contributionBase";
  if (!Array.isArray(value)) {
    problems.add(pointer, "must be an array");
    return;
  }
  const entries: Json[] = [];
  value.forEach((entry: unknown, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(entry)) {
      problems.add(at, "must be an object");
      return;
    }
    entries.push(entry);
    checkKeys(
      entry,
      at,
      ["region", "validFrom", "validUntil", "lowerBound", "upperBound", "averageMonthlyWage", "source", "verified"],
      ["region", "validFrom", "lowerBound", "upperBound", "source", "verified"],
      problems,
    );
    if (typeof entry["region"] !== "string" || !regionPattern.test(entry["region"])) {
      problems.add(`${at}/region`, "must be a six-digit division code");
    }
    for (const key of ["lowerBound", "upperBound", "averageMonthlyWage"]) {
      if (entry[key] !== undefined && !isFen(entry[key])) problems.add(`${at}/${key}`, "must be a whole number of fen (分) ≥ 0");
    }
    if (isFen(entry["lowerBound"]) && isFen(entry["upperBound"]) && entry["lowerBound"] > entry["upperBound"]) {
      problems.add(`${at}/upperBound`, `must not be below lowerBound (${entry["lowerBound"]})`);
    }
    checkValidity(entry, at, problems);
  });
  checkOverlaps(entries, (entry) => String(entry["region"]), pointer, "region", problems);
}

function checkDibaoStandard(value: unknown, problems: ProblemList): void {
  const pointer = "/dibaoStandard";
  if (!Array.isArray(value)) {
    problems.add(pointer, "must be an array");
    return;
  }
  const entries: Json[] = [];
  value.forEach((entry: unknown, index) => {
    const at = `${pointer}/${index}`;
    if (!isObject(entry)) {
      problems.add(at, "must be an object");
      return;
    }
    entries.push(entry);
    checkKeys(
      entry,
      at,
      ["city", "programme", "validFrom", "validUntil", "monthlyStandard", "source", "verified"],
      ["city", "programme", "validFrom", "monthlyStandard", "source", "verified"],
      problems,
    );
    if (typeof entry["city"] !== "string" || !cities.has(entry["city"])) {
      problems.add(`${at}/city`, "must be 430100, 430200 or 430300");
    }
    if (typeof entry["programme"] !== "string" || !programmes.has(entry["programme"])) {
      problems.add(`${at}/programme`, "must be dibao.urban or dibao.rural");
    }
    if (!isFen(entry["monthlyStandard"])) problems.add(`${at}/monthlyStandard`, "must be a whole number of fen (分) ≥ 0");
    checkValidity(entry, at, problems);
  });
  checkOverlaps(entries, (entry) => `${String(entry["city"])} ${String(entry["programme"])}`, pointer, "city and programme", problems);
}

function checkDateList(value: unknown, pointer: string, problems: ProblemList): void {
  if (!Array.isArray(value)) {
    problems.add(pointer, "must be an array of dates");
    return;
  }
  value.forEach((date: unknown, index) => {
    if (!isRealDate(date)) problems.add(`${pointer}/${index}`, "must be a real date YYYY-MM-DD");
  });
}

function checkCalendar(value: unknown, problems: ProblemList): void {
  const pointer = "/workingDayCalendar";
  if (!isObject(value)) {
    problems.add(pointer, "must be an object");
    return;
  }
  checkKeys(value, pointer, ["holidays", "workingWeekends", "source"], ["holidays", "workingWeekends", "source"], problems);
  checkDateList(value["holidays"], `${pointer}/holidays`, problems);
  checkDateList(value["workingWeekends"], `${pointer}/workingWeekends`, problems);
  if (typeof value["source"] !== "string" || value["source"].trim() === "") {
    problems.add(`${pointer}/source`, "must name where the calendar comes from (a non-empty string)");
  }
}

function checkFlatBenefit(value: unknown, problems: ProblemList): void {
  const pointer = "/flatBenefit";
  if (!isObject(value)) {
    problems.add(pointer, "must be an object");
    return;
  }
  checkKeys(value, pointer, ["minHouseholds"], ["minHouseholds"], problems);
  const n = value["minHouseholds"];
  if (typeof n !== "number" || !Number.isInteger(n) || n < 2) problems.add(`${pointer}/minHouseholds`, "must be an integer ≥ 2");
}

function countUnverified(parameters: Parameters): number {
  let count = 0;
  for (const entry of parameters.contributionBase ?? []) if (!entry.verified) count++;
  for (const entry of parameters.dibaoStandard ?? []) if (!entry.verified) count++;
  return count;
}

/**
 * Checks a parsed parameter file. Never throws: problems come back located by JSON
 * Pointer, so the CLI can print `parameters.json /dibaoStandard/2/city: must be …`.
 * `unverified` counts table entries whose figures the publisher has not verified, so
 * reports can say that findings rest on unverified figures.
 */
export function parseParameters(json: unknown): ParametersResult {
  const problems = new ProblemList();
  if (!isObject(json)) return { ok: false, problems: [{ pointer: "", message: "the parameter file must be a JSON object" }] };
  if (json["parametersVersion"] !== "1.0") problems.add("/parametersVersion", 'must be "1.0"');
  if (json["publishedBy"] !== undefined && typeof json["publishedBy"] !== "string") problems.add("/publishedBy", "must be a string");
  if (json["description"] !== undefined && typeof json["description"] !== "string") problems.add("/description", "must be a string");
  for (const key of Object.keys(json)) if (!topLevelKeys.has(key)) problems.add(`/${key}`, `unknown property "${key}"`);
  if (json["contributionBase"] !== undefined) checkContributionBase(json["contributionBase"], problems);
  if (json["dibaoStandard"] !== undefined) checkDibaoStandard(json["dibaoStandard"], problems);
  if (json["workingDayCalendar"] !== undefined) checkCalendar(json["workingDayCalendar"], problems);
  if (json["flatBenefit"] !== undefined) checkFlatBenefit(json["flatBenefit"], problems);
  if (problems.problems.length > 0) return { ok: false, problems: problems.problems };
  const parameters = json as Parameters;
  return { ok: true, parameters, unverified: countUnverified(parameters) };
}
