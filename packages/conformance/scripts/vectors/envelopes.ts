import { person } from "./base-records.js";
import { at, type Group, invalid, type Json, type Test, valid } from "./builders.js";
import { creditCode } from "./check-characters.js";

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

/** 株洲市人社局 as the publisher: a government body ("11") registered at 430200. */
const publisher = { creditCode: creditCode("11430200", "00614052"), division: "430200", department: "hrss", name: "株洲市人力资源和社会保障局" };
/** The same code with its check character replaced by another valid character. */
const wrongCheck = publisher.creditCode.slice(0, 17) + (publisher.creditCode.endsWith("1") ? "2" : "1");
const envelope = { schemaVersion: "1.1", publisher, city: "430200", created: "2025-06-30T12:00:00+08:00", asOf: "2025-06-29" };

/** A JSON Lines export: the header line (envelope with `patch`) and one record. */
function jsonLines(patch: Record<string, Json>): Partial<Test> {
  return { raw: line({ recordType: "header", ...envelope, ...patch }) + line(person), format: "jsonl" };
}

/** A JSON package (envelope with `patch`) holding one record. */
function jsonPackage(patch: Record<string, Json>): Partial<Test> {
  return { raw: JSON.stringify({ ...envelope, ...patch, records: [person] }, null, 2), format: "json" };
}

/**
 * The envelope of an export — the JSON Lines header line, the members of a JSON package —
 * gets the field rules its records get: the publisher is an agency like any other, so its
 * credit code's check character, its division on the day the export was created and its
 * name are checked, located at the header line (pointers relative to the envelope).
 */
export const envelopeGroups: Group[] = [
  {
    description: "the publisher in a JSON Lines header or a JSON package is checked like an agency in a record",
    rules: ["credit-code.check-character", "division.valid-on-date", "name.invisible-characters"],
    tests: [
      valid("envelope/header-valid-publisher", "a header whose publisher has a valid credit code, a division in force and a plain name", jsonLines({})),
      valid("envelope/package-valid-publisher", "a package whose publisher has a valid credit code, a division in force and a plain name", jsonPackage({})),
      invalid("envelope/header-credit-code-check", "a header whose publisher.creditCode has a wrong check character", jsonLines({ publisher: { ...publisher, creditCode: wrongCheck } }), [
        at("credit-code.check-character", "/publisher/creditCode"),
      ]),
      invalid("envelope/package-credit-code-check", "a package whose publisher.creditCode has a wrong check character", jsonPackage({ publisher: { ...publisher, creditCode: wrongCheck } }), [
        at("credit-code.check-character", "/publisher/creditCode"),
      ]),
      invalid(
        "envelope/header-retired-division",
        "a header created in 2025 naming a publisher in 株洲县 430221, retired in 2018",
        jsonLines({ publisher: { ...publisher, division: "430221" } }),
        [at("division.valid-on-date", "/publisher/division")],
      ),
      valid(
        "envelope/header-division-in-force-when-created",
        "a header created in 2017 naming a publisher in 株洲县 430221, then in force",
        jsonLines({ publisher: { ...publisher, division: "430221" }, created: "2017-06-30T12:00:00+08:00", asOf: "2017-06-29" }),
      ),
      invalid(
        "envelope/package-retired-division",
        "a package created in 2025 naming a publisher in 醴陵市 439001, retired in 1990",
        jsonPackage({ publisher: { ...publisher, division: "439001" } }),
        [at("division.valid-on-date", "/publisher/division")],
      ),
      invalid("envelope/header-name-control", "a header whose publisher name holds a zero-width space", jsonLines({ publisher: { ...publisher, name: "株洲市人力资源\u200b和社会保障局" } }), [
        at("name.invisible-characters", "/publisher/name"),
      ]),
    ],
  },
];
