/**
 * Dated parameter tables an agency supplies to the validator (`czt validate --params file.json`):
 * contribution-base bounds, 低保 standards and a working-day calendar. Figures change by
 * city and year, so they are data with a source and a `verified` flag, never constants.
 * The shape is `schemas/parameters.schema.json` (compiled at build time with the record
 * schemas); `parseParameters` adds what a schema cannot express (bounds and dates in
 * order, no two entries for the same region/programme in force on the same day).
 *
 * Date ranges are inclusive: `validUntil` is the last day an entry is in force (like a
 * record's `period.end`); an absent `validUntil` means "until further notice".
 */

import { currentVersion, standards } from "@czt/schemas";
import type { ErrorObject, ValidateFunction } from "ajv";
import { schemaRules } from "./engine-rules.js";
import { fillTemplate } from "./fill-template.js";
import * as generated from "./generated/schema-validators.js";
import type { Confidence } from "./parameter-defaults/confidence.js";
import type { Bilingual, Lang } from "./rule.js";
import { buildFieldMap, type FieldInfo } from "./schema/field-map.js";
import { standardSchemaSet } from "./schema/standard-schema-set.js";
import { fieldParams, translateErrors } from "./schema/translate-errors.js";

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
  /** County within the city; absent: the whole city (a county row wins for its cases). */
  readonly division?: string;
  readonly programme: DibaoProgramme;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly monthlyStandard: number;
  readonly source: string;
  readonly verified: boolean;
}

/** Lowest 特困 basic living standard as a percentage of the local 低保 standard (130 = 1.3 times). */
export interface TekunStandardRatioEntry {
  /** Division code: the province (`430000`), a city or a county; the most specific entry wins. */
  readonly region: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly minimumPercent: number;
  readonly source: string;
  readonly verified: boolean;
  readonly confidence?: "sure" | "fairlySure" | "unsure";
}

/** Public holidays and the weekend days worked in exchange (调休), by date. */
export interface WorkingDayCalendar {
  readonly holidays: readonly string[];
  readonly workingWeekends: readonly string[];
  readonly source: string;
}

/** 个人缴费比例: the person's share of an insurance scheme's contribution, in percent of the monthly base. */
export interface ContributionRateEntry {
  readonly scheme: string;
  /** Division code the rate applies to (county, city or province); absent: everywhere. */
  readonly region?: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  /** Percent of the base (8 for 8 %). */
  readonly individualRate: number;
  readonly source: string;
  readonly verified: boolean;
  /** How sure the figure is (the standard's default rows always say). */
  readonly confidence?: "sure" | "fairlySure" | "unsure";
}

/** Thresholds of heuristic rules (not official figures). */
export interface FlatBenefitSettings {
  /** Households of one city and programme sharing one benefit per member before `dataset.flat-benefit` fires (default 5). */
  readonly minHouseholds: number;
}

/** Scheme families whose pooling regime the `poolingRegime` table describes. */
export type PoolingScheme = "pension.employee" | "medical" | "unemployment";

/** The divisions under `region` (a province or city code) form one pool for `scheme` while the entry is in force. */
export interface PoolingRegimeEntry {
  readonly scheme: PoolingScheme;
  readonly region: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly source: string;
  readonly confidence?: Confidence;
  readonly verified?: boolean;
}

/** Minimum contribution period for a monthly employee pension, in months, by the date pension age is reached. */
export interface MinimumContributionPeriodEntry {
  readonly months: number;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly source: string;
  readonly confidence?: Confidence;
  readonly verified?: boolean;
}

/** How sure the standard is of a default row (agency rows may leave it out). */
export type RowConfidence = "sure" | "fairlySure" | "unsure";

/** Longest interval between two reviews of an assistance case (复核周期), in months. */
export interface ReviewIntervalEntry {
  readonly programme: "dibao.urban" | "dibao.rural" | "dibao.marginal" | "tekun.centralised" | "tekun.dispersed";
  /** true: applies when a covered member can work; false/absent: to the other cases. */
  readonly memberCanWork?: boolean;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly maxMonths: number;
  readonly source: string;
  readonly verified: boolean;
  readonly confidence?: RowConfidence;
}

/** Accepted difference between a computed assistance amount and the recorded one (local rounding), in fen. */
export interface BenefitRoundingToleranceEntry {
  /** Division code: a county, a city or the province; the most specific wins. */
  readonly region: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly toleranceFen: number;
  readonly source: string;
  readonly verified: boolean;
}

/** Income ceiling of 低保边缘 households, as a percentage of the 低保 standard. */
export interface DibaoMarginalCeilingEntry {
  readonly region: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly ceilingPercent: number;
  readonly source: string;
  readonly verified: boolean;
  readonly confidence?: RowConfidence;
}

export interface Parameters {
  readonly parametersVersion?: "1.0";
  readonly publishedBy?: string;
  readonly description?: string;
  readonly contributionBase?: readonly ContributionBaseEntry[];
  readonly dibaoStandard?: readonly DibaoStandardEntry[];
  readonly workingDayCalendar?: WorkingDayCalendar;
  readonly flatBenefit?: FlatBenefitSettings;
  readonly tekunStandardRatio?: readonly TekunStandardRatioEntry[];
  readonly poolingRegime?: readonly PoolingRegimeEntry[];
  readonly minimumContributionPeriod?: readonly MinimumContributionPeriodEntry[];
  readonly contributionRate?: readonly ContributionRateEntry[];
  readonly reviewInterval?: readonly ReviewIntervalEntry[];
  readonly benefitRoundingTolerance?: readonly BenefitRoundingToleranceEntry[];
  readonly dibaoMarginalCeiling?: readonly DibaoMarginalCeilingEntry[];
}

/** No tables: rules that need one do nothing. */
export const noParameters: Parameters = {};

export const defaultFlatBenefitMinHouseholds = 5;

export interface ParameterProblem {
  /** JSON Pointer into the parameter file. */
  readonly pointer: string;
  /** What is wrong, naming the field and its pointer, in the language asked for (as a finding's message). */
  readonly message: string;
}

export type ParametersResult =
  | { readonly ok: true; readonly parameters: Parameters; readonly unverified: number }
  | { readonly ok: false; readonly problems: readonly ParameterProblem[] };


/** The shape of the file is checked by `schemas/parameters.schema.json`, compiled at build time. */
const validateShape = generated.parameterFile as unknown as ValidateFunction;
const parametersSchemaId = `${standards[currentVersion].schemaBase}parameters.schema.json`;

/** The parameter schema's field titles (built on first use); the file and its table entries, which the schema leaves untitled, titled here. */
let parameterFields: Map<string, FieldInfo> | undefined;
function fieldsOfParameters(): Map<string, FieldInfo> {
  if (parameterFields) return parameterFields;
  const fields = buildFieldMap(standardSchemaSet.schemas, parametersSchemaId);
  const untitled: [string, Bilingual][] = [
    ["", { zh: "参数文件", en: "The parameter file" }],
    ["/contributionBase/*", { zh: "条目", en: "Entry" }],
    ["/dibaoStandard/*", { zh: "条目", en: "Entry" }],
    ["/poolingRegime/*", { zh: "条目", en: "Entry" }],
    ["/minimumContributionPeriod/*", { zh: "条目", en: "Entry" }],
    ["/contributionRate/*", { zh: "条目", en: "Entry" }],
    ["/reviewInterval/*", { zh: "条目", en: "Entry" }],
    ["/benefitRoundingTolerance/*", { zh: "条目", en: "Entry" }],
    ["/dibaoMarginalCeiling/*", { zh: "条目", en: "Entry" }],
  ];
  for (const [pointer, title] of untitled) {
    const known = fields.get(pointer);
    if (!known?.title) fields.set(pointer, { types: ["object"], ...known, title });
  }
  parameterFields = fields;
  return fields;
}

/** Schema errors as located problems, worded as the schema findings of records are. */
function shapeProblems(errors: readonly ErrorObject[], lang: Lang): ParameterProblem[] {
  return translateErrors(errors, fieldsOfParameters(), standardSchemaSet).map((raw) => {
    const template = schemaRules.find((rule) => rule.id === raw.ruleId)?.message[lang];
    return { pointer: raw.pointer, message: template ? fillTemplate(template, raw.params, lang) : `${raw.ruleId} ${JSON.stringify(raw.params)}` };
  });
}

/** A problem the schema cannot see: the field named as schema findings name it, then what is wrong with it. */
function meaningProblem(pointer: string, what: Bilingual, lang: Lang): ParameterProblem {
  return { pointer, message: fillTemplate(lang === "zh" ? `{field}${what.zh}` : `{field} ${what.en}`, fieldParams(fieldsOfParameters(), pointer), lang) };
}

interface DatedEntry {
  readonly validFrom: string;
  readonly validUntil?: string;
}

const isDatedEntry = (entry: unknown): entry is DatedEntry =>
  typeof entry === "object" && entry !== null && typeof (entry as DatedEntry).validFrom === "string";

/** What the schema cannot say: a period ends after it starts, and no two entries of one key are in force on one day. */
function checkPeriods(entries: unknown, keyOf: (entry: DatedEntry) => string, pointer: string, what: Bilingual, problems: ParameterProblem[], lang: Lang): void {
  if (!Array.isArray(entries)) return;
  const byKey = new Map<string, { index: number; from: string; until: string }[]>();
  entries.forEach((entry: unknown, index) => {
    if (!isDatedEntry(entry)) return;
    if (typeof entry.validUntil === "string" && entry.validUntil < entry.validFrom) {
      problems.push(meaningProblem(`${pointer}/${index}/validUntil`, { zh: `不得早于生效日期（${entry.validFrom}）`, en: `must not be before validFrom (${entry.validFrom})` }, lang));
      return;
    }
    const until = typeof entry.validUntil === "string" ? entry.validUntil : "9999-12-31";
    const key = keyOf(entry);
    const list = byKey.get(key) ?? [];
    for (const other of list) {
      if (entry.validFrom <= other.until && other.from <= until) {
        const overlap = { zh: `与第 ${other.index} 条在同一日期都有效（${what.zh} ${key}）`, en: `is in force on the same dates as entry ${other.index} (${what.en} ${key})` };
        problems.push(meaningProblem(`${pointer}/${index}`, overlap, lang));
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
function checkMeaning(json: unknown, lang: Lang): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  if (typeof json !== "object" || json === null) return problems;
  const file = json as Record<string, unknown>;
  const bases = file["contributionBase"];
  if (Array.isArray(bases)) {
    bases.forEach((entry: unknown, index) => {
      const { lowerBound, upperBound } = (entry ?? {}) as Partial<ContributionBaseEntry>;
      if (typeof lowerBound === "number" && typeof upperBound === "number" && lowerBound > upperBound) {
        problems.push(meaningProblem(`/contributionBase/${index}/upperBound`, { zh: `不得低于下限（${lowerBound}）`, en: `must not be below lowerBound (${lowerBound})` }, lang));
      }
    });
  }
  checkPeriods(bases, (entry) => String((entry as Partial<ContributionBaseEntry>).region), "/contributionBase", { zh: "地区", en: "region" }, problems, lang);
  checkPeriods(
    file["dibaoStandard"],
    (entry) => `${String((entry as Partial<DibaoStandardEntry>).division ?? (entry as Partial<DibaoStandardEntry>).city)} ${String((entry as Partial<DibaoStandardEntry>).programme)}`,
    "/dibaoStandard",
    { zh: "城市（区县）和项目", en: "city (county) and programme" },
    problems,
    lang,
  );
  checkPeriods(file["tekunStandardRatio"], (entry) => String((entry as Partial<TekunStandardRatioEntry>).region), "/tekunStandardRatio", { zh: "地区", en: "region" }, problems, lang);
  checkPeriods(
    file["poolingRegime"],
    (entry) => `${String((entry as Partial<PoolingRegimeEntry>).scheme)} ${String((entry as Partial<PoolingRegimeEntry>).region)}`,
    "/poolingRegime",
    { zh: "险种和统筹区域", en: "scheme and region" },
    problems,
    lang,
  );
  checkPeriods(file["minimumContributionPeriod"], () => "", "/minimumContributionPeriod", { zh: "最低缴费年限", en: "minimum contribution period" }, problems, lang);
  checkPeriods(
    file["contributionRate"],
    (entry) => `${String((entry as Partial<ContributionRateEntry>).scheme)} ${(entry as Partial<ContributionRateEntry>).region ?? "*"}`,
    "/contributionRate",
    { zh: "险种和地区", en: "scheme and region" },
    problems,
    lang,
  );
  checkCountyInCity(file["dibaoStandard"], problems, lang);
  checkPeriods(
    file["reviewInterval"],
    (entry) => `${String((entry as Partial<ReviewIntervalEntry>).programme)} ${(entry as Partial<ReviewIntervalEntry>).memberCanWork === true ? "memberCanWork" : ""}`.trim(),
    "/reviewInterval",
    { zh: "项目", en: "programme" },
    problems,
    lang,
  );
  checkPeriods(file["benefitRoundingTolerance"], (entry) => String((entry as Partial<BenefitRoundingToleranceEntry>).region), "/benefitRoundingTolerance", { zh: "地区", en: "region" }, problems, lang);
  checkPeriods(file["dibaoMarginalCeiling"], (entry) => String((entry as Partial<DibaoMarginalCeilingEntry>).region), "/dibaoMarginalCeiling", { zh: "地区", en: "region" }, problems, lang);
  return problems;
}

/** A county row names a county of its own city (430225 belongs to 430200, not 430100). */
function checkCountyInCity(entries: unknown, problems: ParameterProblem[], lang: Lang): void {
  if (!Array.isArray(entries)) return;
  entries.forEach((entry: unknown, index) => {
    const { city, division } = (entry ?? {}) as Partial<DibaoStandardEntry>;
    if (typeof city === "string" && typeof division === "string" && division.slice(0, 4) !== city.slice(0, 4)) {
      problems.push(meaningProblem(`/dibaoStandard/${index}/division`, { zh: `不属于城市 ${city}`, en: `is not in city ${city}` }, lang));
    }
  });
}

function countUnverified(parameters: Parameters): number {
  let count = 0;
  for (const entry of parameters.contributionBase ?? []) if (!entry.verified) count++;
  for (const entry of parameters.dibaoStandard ?? []) if (!entry.verified) count++;
  for (const entry of parameters.poolingRegime ?? []) if (entry.verified === false) count++;
  for (const entry of parameters.minimumContributionPeriod ?? []) if (entry.verified === false) count++;
  for (const entry of parameters.contributionRate ?? []) if (!entry.verified) count++;
  for (const entry of parameters.benefitRoundingTolerance ?? []) if (!entry.verified) count++;
  return count;
}

/**
 * Checks a parsed parameter file. Never throws: problems come back located by JSON
 * Pointer, each with a message naming the field in `lang` (default en), so the CLI can
 * list every problem of a file at once.
 * `unverified` counts table entries whose figures the publisher has not verified, so
 * reports can say that findings rest on unverified figures.
 */
export function parseParameters(json: unknown, options: { lang?: Lang } = {}): ParametersResult {
  const lang = options.lang ?? "en";
  const valid = validateShape(json);
  const problems = [...(valid ? [] : shapeProblems(validateShape.errors ?? [], lang)), ...checkMeaning(json, lang)];
  if (problems.length > 0) return { ok: false, problems };
  const parameters = json as Parameters;
  return { ok: true, parameters, unverified: countUnverified(parameters) };
}
