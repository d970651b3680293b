import { type RecordType, recordSchemaIds, schemas } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { createValidator } from "../../src/index.js";
import { nameFields, nameFieldsOf, nameInvisibleCharactersRule } from "../../src/rules/name-invisible-characters.js";
import { compileSchemas } from "../../src/schema/compile-schemas.js";
import { standardSchemaSets } from "../../src/schema/standard-schema-set.js";
import { buildFieldMap } from "../../src/schema/field-map.js";
import { assistance, person } from "../support/records.js";

const en = createValidator({ asOf: "2024-06-30", lang: "en" });
const zh = createValidator({ asOf: "2024-06-30", lang: "zh" });

describe("name.invisible-characters", () => {
  it("reports a right-to-left override in a person's name, located, by code point, with the name masked", () => {
    const findings = en.validateRecord(person({ name: "张\u202e三" }), { file: "a.jsonl", line: 2 });
    expect(findings.map((f) => [f.ruleId, f.pointer, f.line])).toEqual([["name.invisible-characters", "/name", 2]]);
    expect(findings[0]!.message).toBe("/name has a bidirectional text control, U+202E, at character 2");
    expect(JSON.stringify(findings)).not.toContain("\u202e");
    expect(zh.validateRecord(person({ name: "张\u202e三" }))[0]!.message).toBe("/name 的第 2 个字符是双向文本控制字符 U+202E");
  });

  it("reports terminal escapes and counts the others", () => {
    const [finding] = en.validateRecord(person({ name: "\u001b[31m李四\u001b[0m" }));
    expect(finding!.message).toBe("/name has a control character, U+001B, at character 1 and 1 more");
  });

  it.each([
    ["a zero-width space", "王\u200b五", "U+200B"],
    ["a C1 control", "赵\u0085六", "U+0085"],
    ["a line separator", "赵\u2028六", "U+2028"],
    ["a first-strong isolate", "\u2068长沙\u2069", "U+2068"],
  ])("reports %s", (_what, name, code) => {
    const findings = en.validateRecord(person({ name }));
    expect(findings.map((f) => f.ruleId)).toEqual(["name.invisible-characters"]);
    expect(findings[0]!.params["character"]).toBe(code);
  });

  it.each([
    ["\u202a", "U+202A", "bidi"],
    ["\u202e", "U+202E", "bidi"],
    ["\u2066", "U+2066", "bidi"],
    ["\u2069", "U+2069", "bidi"],
    ["\u200e", "U+200E", "bidi"],
    ["\u200f", "U+200F", "bidi"],
    ["\u061c", "U+061C", "bidi"],
    ["\u2029", "U+2029", "format"],
    ["\u206a", "U+206A", "format"],
    ["\u200d", "U+200D", "format"],
    ["\u007f", "U+007F", "control"],
  ])("names the kind of %j (%s): %s", (char, code, kind) => {
    const kinds = { bidi: "a bidirectional text control", format: "an invisible formatting character", control: "a control character" } as const;
    const [finding] = en.validateRecord(person({ name: `张${char}三` }));
    expect([finding!.params["character"], finding!.params["kind"]]).toEqual([code, kinds[kind as keyof typeof kinds]]);
  });

  it("reports agency names too", () => {
    const record = person({ meta: { lastUpdated: "2024-01-01T00:00:00+08:00", sourceAgency: { creditCode: "12430000444876548X", division: "430102", department: "hrss", name: "长沙\n::error::x" } } });
    expect(en.validateRecord(record).map((f) => [f.ruleId, f.pointer])).toEqual([["name.invisible-characters", "/meta/sourceAgency/name"]]);
  });

  it("reports the name of an agent collecting a payment, at that payment", () => {
    const payment = (name: string, month: string) => ({ month, amount: 50_000, paidOn: `${month}-20`, payee: { kind: "agent", name } });
    const record = assistance({ payments: [payment("李四", "2024-05"), payment("王\u200b五", "2024-06")] });
    expect(en.validateRecord(record).map((f) => [f.ruleId, f.pointer, f.params["field"]])).toEqual([["name.invisible-characters", "/payments/1/payee/name", "/payments/1/payee/name"]]);
  });

  it("locates a name two arrays deep (a payer of a contribution) by both indexes", () => {
    const payers = (...names: string[]) => ({ paidBy: names.map((name) => ({ payer: "family", name })) });
    const record = { recordType: "enrolment", contributions: [payers("李四"), payers("王五"), payers("赵六", "王\u200b五")] };
    const pointers: string[] = [];
    nameInvisibleCharactersRule.check(record, {} as never, (pointer) => pointers.push(pointer));
    expect(pointers).toEqual(["/contributions/2/paidBy/1/name"]);
  });

  it.each(["买买提·艾力", "刘\u{23d66}", "Katharina Bauer", "O'Brien-Smith"])("accepts %s", (name) => {
    expect(en.validateRecord(person({ name }))).toEqual([]);
  });

  it("checks every name field of the schemas", () => {
    const types: RecordType[] = ["person", "enrolment", "transfer", "assistance"];
    const names = types.flatMap((type) => [...buildFieldMap(schemas as Readonly<Record<string, object>>, recordSchemaIds[type]).keys()].filter((pointer) => pointer.endsWith("/name")));
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((pointer) => !(nameFields as readonly string[]).includes(pointer))).toEqual([]);
  });

  // A type missing from the table must fail the test below, not pass on some default list.
  it("lists no name fields for a record type its table does not have", () => {
    expect(nameFieldsOf("benefit")).toEqual([]);
  });

  // The rule looks a record's name fields up by its type: a name field of the rule that a type's schema gains must be added to the type's list.
  it.each(Object.keys(standardSchemaSets))("has each record type's name fields in its list, as the %s schemas have them", (version) => {
    const compiled = compileSchemas(standardSchemaSets[version as keyof typeof standardSchemaSets]);
    for (const type of nameInvisibleCharactersRule.appliesTo) {
      const fields = compiled.fields[type];
      if (fields === undefined) continue;
      // Every name field of the rule that the type's schema has (the walk over all of them found these).
      const names = nameFields.filter((pointer) => fields.has(pointer));
      expect([...nameFieldsOf(type)].filter((pointer) => fields.has(pointer)).sort(), `${version} ${type}`).toEqual([...names].sort());
    }
  });
});
