import { describe, expect, it } from "vitest";
import { csvColumns } from "../src/input/csv-columns.js";
import { HeaderAliases } from "../src/input/header-aliases.js";
import { buildFieldMap } from "../src/schema/field-map.js";
import type { SchemaSet } from "../src/schema/schema-set.js";
import { standardSchemaSet } from "../src/schema/standard-schema-set.js";

// A fresh instance in each test: the aliases of a record type are computed on first use and
// kept, so an instance shared across tests would hold what an earlier test computed.

describe("Chinese CSV headers (x-czt-title.zh)", () => {
  it("a nested field by the titles of its path, with or without the array index, and by its own title", () => {
    const aliases = new HeaderAliases(standardSchemaSet);
    expect(aliases.path("person", "公民身份号码")).toEqual(["idNumber"]);
    expect(aliases.path("person", "户籍.户籍所在地")).toEqual(["hukou", "division"]);
    expect(aliases.path("person", "户籍所在地")).toEqual(["hukou", "division"]);
    expect(aliases.path("person", "证件.0.证件号码")).toEqual(["documents", "0", "number"]);
    expect(aliases.path("person", "证件.证件号码")).toEqual(["documents", "0", "number"]);
    expect(aliases.path("person", "hukou.division")).toEqual(["hukou", "division"]);
  });

  it("the title of an object or array is no header: only its leaf fields are columns", () => {
    const aliases = new HeaderAliases(standardSchemaSet);
    expect(aliases.path("person", "户籍")).toEqual(["户籍"]);
    expect(aliases.path("person", "证件")).toEqual(["证件"]);
    expect(aliases.path("person", "扩展")).toEqual(["扩展"]);
  });

  it("an own title two fields of the record type share is not an alias, unless it is a top-level field's whole path", () => {
    const aliases = new HeaderAliases(standardSchemaSet);
    for (const [type, id] of Object.entries(standardSchemaSet.recordSchemaIds)) {
      if (!["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement"].includes(type)) continue;
      const fields = buildFieldMap(standardSchemaSet.schemas, id);
      const leaves = [...fields.entries()].filter(([, info]) => !info.types.includes("object") && !info.types.includes("array"));
      const count = new Map<string, number>();
      for (const [, info] of leaves) if (info.title) count.set(info.title.zh, (count.get(info.title.zh) ?? 0) + 1);
      for (const [title, n] of count) {
        if (n < 2) continue;
        // A shared own title names only a top-level field of that title (its whole path); else no field.
        const path = aliases.path(type, title);
        if (path.length === 1 && fields.get(`/${path[0]}`)?.title?.zh === title) continue;
        expect(path, `${type}: ${title}`).toEqual(title.split("."));
      }
    }
  });

  it("record types by their zh title, codes by code, zh title or the common short form", () => {
    const aliases = new HeaderAliases(standardSchemaSet);
    expect(aliases.recordType("人员")).toBe("person");
    expect(aliases.recordType("person")).toBe("person");
    expect(aliases.code("person", "/sex", "男")).toBe("1");
    expect(aliases.code("person", "/sex", "女性")).toBe("2");
    expect(aliases.code("person", "/sex", "2")).toBe("2");
    expect(aliases.code("person", "/sex", "男人")).toBe("男人");
    expect(aliases.code("person", "/hukou/residenceType", "城镇")).toBe("urban");
    expect(aliases.code("person", "/name", "男")).toBe("男");
  });
});

describe("record types the standard does not have", () => {
  it("have no aliases and are not kept (a hostile CSV may name a new one on every row)", () => {
    const fresh = new HeaderAliases(standardSchemaSet);
    expect(fresh.knows("person")).toBe(true);
    expect(fresh.knows("nonsense")).toBe(false);
    expect(fresh.knows("jsonlHeader")).toBe(false);
    expect(fresh.knows("package")).toBe(false);
    expect(fresh.path("nonsense", "公民身份号码")).toEqual(["公民身份号码"]);
    expect(fresh.code("nonsense", "/sex", "男")).toBe("男");
    expect((fresh as unknown as { byType: Map<string, unknown> }).byType.size).toBe(0);
  });
});

/** A standard of one's own (a profile, a later version): titles, code lists and types as it has them. */
function schemaSet(codeLists?: SchemaSet["codeLists"]): SchemaSet {
  const base = "https://example.test/";
  const record = (type: string, zh: string | undefined, properties: Record<string, object> = {}) => ({
    $id: `${base}${type}.schema.json`,
    type: "object",
    ...(zh === undefined ? {} : { "x-czt-title": { zh, en: type } }),
    properties: { recordType: { const: type, "x-czt-title": { zh: "记录类型", en: "Record type" } }, ...properties },
  });
  const person = record("person", "人员", {
    swapped: { type: "string", "x-czt-title": { zh: "代码", en: "Code" }, "x-czt-codelist": "swapped" },
    unlisted: { type: "string", "x-czt-title": { zh: "未列出", en: "Unlisted" }, "x-czt-codelist": "absent" },
    version: { type: "string", "x-czt-title": { zh: "版本 1.0", en: "Version" } },
    hukou: { type: "object", "x-czt-title": { zh: "户籍", en: "Hukou" }, properties: { division: { type: "string", "x-czt-title": { zh: "区划.代码", en: "Division" } } } },
    note: { type: "string" },
    extensions: { "x-czt-title": { zh: "扩展", en: "Extensions" } },
  });
  const schemas = Object.fromEntries([person, record("enrolment", undefined), record("transfer", "转移"), record("assistance", "救助")].map((schema) => [schema.$id, schema]));
  const recordSchemaIds = { person: `${base}person.schema.json`, enrolment: `${base}enrolment.schema.json`, transfer: `${base}transfer.schema.json`, assistance: `${base}assistance.schema.json` };
  return codeLists === undefined ? { schemas, recordSchemaIds } : { schemas, recordSchemaIds, codeLists };
}

describe("Chinese CSV headers of another standard", () => {
  const swapped = { codes: [{ code: "0" }, { code: "1", title: { zh: "2", en: "two" } }, { code: "2", title: { zh: "1", en: "one" } }, { code: "3", title: { zh: "三", en: "three" } }] };

  it("a cell that is a code is that code, even where another code's title reads the same", () => {
    const aliases = new HeaderAliases(schemaSet({ swapped }));
    expect(aliases.code("person", "/swapped", "2")).toBe("2");
    expect(aliases.code("person", "/swapped", "1")).toBe("1");
    expect(aliases.code("person", "/swapped", "三")).toBe("3");
  });

  it("a code list the standard does not hold, or no code lists at all, leaves the cell as written", () => {
    expect(new HeaderAliases(schemaSet({ swapped })).code("person", "/unlisted", "男")).toBe("男");
    expect(new HeaderAliases(schemaSet()).code("person", "/swapped", "三")).toBe("三");
  });

  it("a title with a dot (it would read as a path) or no title makes no header; the field keeps its path", () => {
    const aliases = new HeaderAliases(schemaSet({ swapped }));
    expect(aliases.path("person", "版本 1.0")).toEqual(["版本 1", "0"]);
    expect(aliases.path("person", "户籍.区划.代码")).toEqual(["户籍", "区划", "代码"]);
    expect(aliases.path("person", "户籍")).toEqual(["户籍"]);
    expect(aliases.path("person", "hukou.division")).toEqual(["hukou", "division"]);
    expect(aliases.path("person", "note")).toEqual(["note"]);
    expect(aliases.path("person", "代码")).toEqual(["swapped"]);
  });

  it("an untyped extensions member is no column either", () => {
    expect(new HeaderAliases(schemaSet()).path("person", "扩展")).toEqual(["扩展"]);
    expect(csvColumns(schemaSet(), "person")).toEqual(["recordType", "swapped", "unlisted", "version", "hukou.division", "note"]);
  });

  it("a record type without a Chinese title is named by its type only", () => {
    const aliases = new HeaderAliases(schemaSet());
    expect(aliases.recordType("enrolment")).toBe("enrolment");
    expect(aliases.recordType("转移")).toBe("transfer");
    expect(csvColumns(schemaSet(), "benefit")).toEqual([]);
  });
});
