/**
 * Dated parameter tables an agency supplies to the validator (`--parameters file.json`):
 * contribution-base bounds, 低保 standards and a working-day calendar. Figures change by
 * city and year, so they are data with a source and a `verified` flag, never constants.
 * The shape is `schemas/parameters.schema.json` (compiled at build time with the record
 * schemas); `parseParameters` adds what a schema cannot express (bounds and dates in
 * order, no two entries for the same region/programme in force on the same day).
 *
 * Date ranges are inclusive: `validUntil` is the last day an entry is in force (like a
 * record's `period.end`); an absent `validUntil` means "until further notice".
 */

import type { ErrorObject, ValidateFunction } from "ajv";
import * as generated from "./generated/schema-validators.js";

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


/** The shape of the file is checked by `schemas/parameters.schema.json`, compiled at build time. */
const validateShape = generated.parameterFile as unknown as ValidateFunction;

/** Schema errors as located problems: ajv's `required` is reported at the missing property. */
function shapeProblems(errors: readonly ErrorObject[]): ParameterProblem[] {
  return errors.map((error) =>
    error.keyword === "required"
      ? { pointer: `${error.instancePath}/${String(error.params["missingProperty"])}`, message: "is required" }
      : error.keyword === "additionalProperties"
        ? { pointer: `${error.instancePath}/${String(error.params["additionalProperty"])}`, message: "is not a property of the parameter file" }
        : { pointer: error.instancePath, message: error.message ?? `fails ${error.keyword}` },
  );
}

interface DatedEntry {
  readonly validFrom: string;
  readonly validUntil?: string;
}

const isDatedEntry = (entry: unknown): entry is DatedEntry =>
  typeof entry === "object" && entry !== null && typeof (entry as DatedEntry).validFrom === "string";

/** What the schema cannot say: a period ends after it starts, and no two entries of one key are in force on one day. */
function checkPeriods(entries: unknown, keyOf: (entry: DatedEntry) => string, pointer: string, what: string, problems: ParameterProblem[]): void {
  if (!Array.isArray(entries)) return;
  const byKey = new Map<string, { index: number; from: string; until: string }[]>();
  entries.forEach((entry: unknown, index) => {
    if (!isDatedEntry(entry)) return;
    if (typeof entry.validUntil === "string" && entry.validUntil < entry.validFrom) {
      problems.push({ pointer: `${pointer}/${index}/validUntil`, message: `must not be before validFrom (${entry.validFrom})` });
      return;
    }
    const until = typeof entry.validUntil === "string" ? entry.validUntil : "9999-12-31";
    const key = keyOf(entry);
    const list = byKey.get(key) ?? [];
    for (const other of list) {
      if (entry.validFrom <= other.until && other.from <= until) {
        problems.push({ pointer: `${pointer}/${index}`, message: `${what} ${key} is already in force on these dates in entry ${other.index}` });
      }
    }
    list.push({ index, from: entry.validFrom, until });
    byKey.set(key, list);
  });
}

/**
 * The checks beyond the schema. They also run on a file the schema rejects, skipping what
 * is malformed, so one pass reports every problem.
 */
function checkMeaning(json: unknown): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  if (typeof json !== "object" || json === null) return problems;
  const file = json as Record<string, unknown>;
  const bases = file["contributionBase"];
  if (Array.isArray(bases)) {
    bases.forEach((entry: unknown, index) => {
      const { lowerBound, upperBound } = (entry ?? {}) as Partial<ContributionBaseEntry>;
      if (typeof lowerBound === "number" && typeof upperBound === "number" && lowerBound > upperBound) {
        problems.push({ pointer: `/contributionBase/${index}/upperBound`, message: `must not be below lowerBound (${lowerBound})` });
      }
    });
  }
  checkPeriods(bases, (entry) => String((entry as Partial<ContributionBaseEntry>).region), "/contributionBase", "region", problems);
  checkPeriods(
    file["dibaoStandard"],
    (entry) => `${String((entry as Partial<DibaoStandardEntry>).city)} ${String((entry as Partial<DibaoStandardEntry>).programme)}`,
    "/dibaoStandard",
    "city and programme",
    problems,
  );
  return problems;
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
  const valid = validateShape(json);
  const problems = [...(valid ? [] : shapeProblems(validateShape.errors ?? [])), ...checkMeaning(json)];
  if (problems.length > 0) return { ok: false, problems };
  const parameters = json as Parameters;
  return { ok: true, parameters, unverified: countUnverified(parameters) };
}
