/**
 * Invalid examples: each one is a valid record (or package) of the population with ONE
 * fault put in, labelled with the schema rule it breaks and where. The manifest
 * (examples/invalid-manifest.json) is what the tests read; a test checks that ajv
 * reports exactly that keyword at that pointer and nothing at any other pointer.
 *
 * `pointer` is where a validator finding points: ajv's instancePath, extended by the
 * missing or unexpected property for `required` and `additionalProperties`.
 */
import { changsha, xiangtan, zhuzhou } from "./agencies.js";
import { envelope, headerLine, jsonLinesText, jsonText } from "./exports.js";
import type { CityCode, CztRecord } from "./model.js";
import { population } from "./population/index.js";

export interface InvalidExampleEntry {
  file: string;
  ruleId: string;
  /** The ajv keyword that fails. */
  keyword: string;
  /** JSON Pointer of the fault: into the record for JSON Lines, into the package for JSON. */
  pointer: string;
  /** JSON Lines only: 1-based line of the faulty value (line 1 is the header). */
  line?: number;
  /**
   * What `czt validate` reports when it is not the schema rule: a version that does not
   * exist is one input finding, not a schema check against some version's const.
   */
  validatorRuleId?: string;
  description: string;
}

export interface InvalidExample extends InvalidExampleEntry {
  text: string;
}

type Json = Record<string, unknown>;

/** A deep copy of a record of the population, as plain JSON to be broken. */
function recordCopy(id: string): Json {
  for (const records of Object.values(population)) {
    const found = records.find((record: CztRecord) => record.id === id);
    if (found !== undefined) return structuredClone(found) as unknown as Json;
  }
  throw new Error(`no record ${id} in the population`);
}

function cityOfId(id: string): CityCode {
  const city = id.slice(0, 6);
  if (city !== changsha && city !== zhuzhou && city !== xiangtan) throw new Error(`record id ${id} does not start with a city code`);
  return city;
}

/** One broken record as a JSON Lines file: the city's header, then the record on line 2. */
function brokenLine(
  file: string,
  id: string,
  fault: { ruleId: string; keyword: string; pointer: string; description: string },
  breakIt: (record: Json) => void,
): InvalidExample {
  const record = recordCopy(id);
  breakIt(record);
  const { ruleId, keyword, pointer, description } = fault;
  return { file, ruleId, keyword, pointer, line: 2, description, text: jsonLinesText([headerLine(cityOfId(id)), record]) };
}

/** A one-record JSON package with a fault in the envelope or in the record. */
function brokenPackage(
  file: string,
  id: string,
  fault: { ruleId: string; keyword: string; pointer: string; validatorRuleId?: string; description: string },
  breakIt: (pkg: Json, record: Json) => void,
): InvalidExample {
  const record = recordCopy(id);
  const pkg: Json = { ...envelope(cityOfId(id)), records: [record] };
  breakIt(pkg, record);
  return { file, ...fault, text: jsonText(pkg) };
}

function objectAt(value: Json, key: string): Json {
  const inner = value[key];
  if (typeof inner !== "object" || inner === null || Array.isArray(inner)) throw new Error(`${key} is not an object`);
  return inner as Json;
}

const zhouInChangsha = "430100-P-000001";
const wangDemingPension = "430100-E-000010";
const chenDibao = "430100-A-000001";
const zhouTransfer = "430200-T-000001";

/** Fen as yuan with two decimals, the way a faulty exporter writes it. */
function asYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

function amountOf(id: string, key: string): number {
  const value = recordCopy(id)[key];
  if (typeof value !== "number") throw new Error(`${id} has no amount ${key}`);
  return value;
}

export function invalidExamples(): InvalidExample[] {
  const wangDemingBase = amountOf(wangDemingPension, "monthlyContributionBase");
  const chenBenefit = amountOf(chenDibao, "benefitAmount");
  return [
    brokenLine(
      "person-missing-name.jsonl",
      zhouInChangsha,
      { ruleId: "schema.required", keyword: "required", pointer: "/name", description: "A person record without its name." },
      (person) => {
        delete person["name"];
      },
    ),
    brokenLine(
      "person-sex-as-number.jsonl",
      zhouInChangsha,
      { ruleId: "schema.type", keyword: "type", pointer: "/sex", description: 'Sex exported as the number 1; codes are strings ("1").' },
      (person) => {
        person["sex"] = 1;
      },
    ),
    brokenLine(
      "person-ethnicity-unpadded.jsonl",
      "430200-P-000006",
      {
        ruleId: "schema.enum",
        keyword: "enum",
        pointer: "/ethnicity",
        description: 'Ethnicity written "6" as some local systems store it; the GB/T 3304 code is two digits, "06" (苗族).',
      },
      (person) => {
        person["ethnicity"] = "6";
      },
    ),
    brokenLine(
      "person-division-five-digits.jsonl",
      "430100-P-000002",
      {
        ruleId: "schema.format",
        keyword: "pattern",
        pointer: "/hukou/division",
        description: "A hukou division code that lost a digit (43010); GB/T 2260 codes have six digits.",
      },
      (person) => {
        objectAt(person, "hukou")["division"] = "43010";
      },
    ),
    brokenLine(
      "person-unknown-field.jsonl",
      "430300-P-000009",
      {
        ruleId: "schema.additional-property",
        keyword: "additionalProperties",
        pointer: "/age",
        description: "An exporter added an age column; records allow only the standard's fields (extensions go under `extensions`).",
      },
      (person) => {
        person["age"] = 66;
      },
    ),
    brokenLine(
      "person-without-identifier.jsonl",
      "430100-P-000011",
      {
        ruleId: "schema.shape",
        keyword: "if",
        pointer: "",
        description: "A foreign worker exported without her passport: a person needs an identity number or at least one document.",
      },
      (person) => {
        delete person["documents"];
      },
    ),
    brokenLine(
      "enrolment-amount-in-yuan.jsonl",
      wangDemingPension,
      {
        ruleId: "schema.type",
        keyword: "type",
        pointer: "/monthlyContributionBase",
        description: `Contribution base given in yuan with decimals (${asYuan(wangDemingBase)}) instead of integer fen (${wangDemingBase}).`,
      },
      (enrolment) => {
        enrolment["monthlyContributionBase"] = wangDemingBase / 100;
      },
    ),
    brokenLine(
      "enrolment-unknown-scheme.jsonl",
      wangDemingPension,
      {
        ruleId: "schema.enum",
        keyword: "enum",
        pointer: "/scheme",
        description: "A local scheme code (110) where the standard's code pension.employee is expected; map local codes through the code list's localCodes column.",
      },
      (enrolment) => {
        enrolment["scheme"] = "110";
      },
    ),
    brokenLine(
      "enrolment-month-13.jsonl",
      wangDemingPension,
      { ruleId: "schema.format", keyword: "format", pointer: "/period/start", description: "A start date in month 13 (2024-13-01)." },
      (enrolment) => {
        objectAt(enrolment, "period")["start"] = "2024-13-01";
      },
    ),
    brokenLine(
      "transfer-negative-balance.jsonl",
      zhouTransfer,
      {
        ruleId: "schema.range",
        keyword: "minimum",
        pointer: "/individualAccountBalance",
        description: "An individual account balance below zero; amounts are never negative.",
      },
      (transfer) => {
        transfer["individualAccountBalance"] = -120000;
      },
    ),
    brokenLine(
      "transfer-no-steps.jsonl",
      zhouTransfer,
      { ruleId: "schema.range", keyword: "minItems", pointer: "/steps", description: "A transfer with an empty list of steps; it needs at least the request." },
      (transfer) => {
        transfer["steps"] = [];
      },
    ),
    brokenLine(
      "assistance-wubao-programme.jsonl",
      "430200-A-000002",
      {
        ruleId: "schema.enum",
        keyword: "enum",
        pointer: "/programme",
        description: "The bare programme name wubao is not a code. 1.1 lists the historic 农村五保 as wubao.rural (retired after 2016, for cases of its time); a case applied for in 2017 belongs under tekun.dispersed / tekun.centralised (特困人员供养).",
      },
      (assistance) => {
        assistance["programme"] = "wubao";
      },
    ),
    brokenLine(
      "assistance-charity-without-source.jsonl",
      "430100-A-000007",
      {
        ruleId: "schema.required",
        keyword: "required",
        pointer: "/charity",
        description: "A charity relief case that does not say where the money came from (charity.fundingSource is required for charityRelief).",
      },
      (assistance) => {
        delete assistance["charity"];
      },
    ),
    {
      file: "header-unknown-city.jsonl",
      ruleId: "schema.enum",
      keyword: "enum",
      pointer: "/city",
      line: 1,
      description: "A header naming Hengyang (430400), which is not one of the three cities.",
      text: jsonLinesText([{ ...headerLine(zhuzhou), city: "430400" }, recordCopy("430200-P-000002")]),
    },
    brokenPackage(
      "package-wrong-version.json",
      zhouInChangsha,
      {
        ruleId: "schema.enum",
        keyword: "const",
        pointer: "/schemaVersion",
        validatorRuleId: "input.unknown-schema-version",
        description: 'A package claiming schemaVersion "2.0", a version of the standard that does not exist: against the schemas of its release it breaks the schemaVersion const; czt validate reports the unknown version once and checks none of its records.',
      },
      (pkg) => {
        pkg["schemaVersion"] = "2.0";
      },
    ),
    brokenPackage(
      "package-missing-publisher.json",
      zhouInChangsha,
      { ruleId: "schema.required", keyword: "required", pointer: "/publisher", description: "A package that does not say which agency published it." },
      (pkg) => {
        delete pkg["publisher"];
      },
    ),
    brokenPackage(
      "package-benefit-in-yuan.json",
      chenDibao,
      {
        ruleId: "schema.type",
        keyword: "type",
        pointer: "/records/0/benefitAmount",
        description: `A 低保 benefit of ${asYuan(chenBenefit)} yuan written as a decimal; money is integer fen (${chenBenefit}).`,
      },
      (_pkg, assistance) => {
        assistance["benefitAmount"] = chenBenefit / 100;
      },
    ),
    brokenPackage(
      "package-timestamp-without-offset.json",
      chenDibao,
      {
        ruleId: "schema.format",
        keyword: "format",
        pointer: "/records/0/meta/lastUpdated",
        description: "A local timestamp without time-zone offset (2026-10-30 17:45:00); RFC 3339 needs the offset, e.g. +08:00.",
      },
      (_pkg, assistance) => {
        objectAt(assistance, "meta")["lastUpdated"] = "2026-10-30 17:45:00";
      },
    ),
  ];
}

/** examples/invalid-manifest.json: the labels, without the file contents. */
export function invalidManifest(examples: readonly InvalidExample[]): InvalidExampleEntry[] {
  return examples.map(({ text: _text, ...entry }) => entry);
}
