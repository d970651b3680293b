import { describe, expect, it } from "vitest";
import { HeaderAliases } from "../src/input/header-aliases.js";
import { buildFieldMap } from "../src/schema/field-map.js";
import { standardSchemaSet } from "../src/schema/standard-schema-set.js";

const aliases = new HeaderAliases(standardSchemaSet);

describe("Chinese CSV headers (x-czt-title.zh)", () => {
  it("a nested field by the titles of its path, with or without the array index, and by its own title", () => {
    expect(aliases.path("person", "公民身份号码")).toEqual(["idNumber"]);
    expect(aliases.path("person", "户籍.户籍所在地")).toEqual(["hukou", "division"]);
    expect(aliases.path("person", "户籍所在地")).toEqual(["hukou", "division"]);
    expect(aliases.path("person", "证件.0.证件号码")).toEqual(["documents", "0", "number"]);
    expect(aliases.path("person", "证件.证件号码")).toEqual(["documents", "0", "number"]);
    expect(aliases.path("person", "hukou.division")).toEqual(["hukou", "division"]);
  });

  it("an own title two fields of the record type share is not an alias, unless it is a top-level field's whole path", () => {
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
    expect(fresh.path("nonsense", "公民身份号码")).toEqual(["公民身份号码"]);
    expect(fresh.code("nonsense", "/sex", "男")).toBe("男");
    expect((fresh as unknown as { byType: Map<string, unknown> }).byType.size).toBe(0);
  });
});
