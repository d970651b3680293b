import { describe, expect, it } from "vitest";
import type { CodeList } from "../src/code-list.js";
import { regenerateCommand } from "../scripts/emit-modules.js";
import { isObject } from "../scripts/json.js";
import { codesOf, findEnumMismatches } from "../scripts/sync-enums.js";
import { sources } from "./support/sources.js";

const lists = new Map<string, CodeList>(sources.codeLists.map((s) => [s.json.id, s.json]));

function report(mismatches: ReturnType<typeof findEnumMismatches>): string {
  return `${mismatches.map((m) => `${m.where} (${m.list}): ${m.problem}`).join("\n")}\nRun: ${regenerateCommand}`;
}

describe("schema enums generated from the code lists", () => {
  it("every x-czt-codelist names an existing list and its enum equals the list's codes", () => {
    const mismatches = findEnumMismatches(sources.schemas, lists);
    expect(mismatches, report(mismatches)).toEqual([]);
  });

  it("detects an enum that drifted from its list", () => {
    const person = sources.schemas.find((s) => s.path === "schemas/person.schema.json")!;
    const tampered = structuredClone(person.json) as { properties: { sex: { enum: string[] } } };
    tampered.properties.sex.enum = ["1", "2"];
    const mismatches = findEnumMismatches([{ path: person.path, json: tampered }], lists);
    expect(mismatches).toEqual([expect.objectContaining({ where: "schemas/person.schema.json#/properties/sex", list: "sex" })]);
    expect(report(mismatches)).toContain("Run: npm run generate -w @czt/schemas");
  });

  it("detects a reference to a list that does not exist", () => {
    const schema = { properties: { x: { type: "string", "x-czt-codelist": "noSuchList", enum: ["a"] } } };
    expect(findEnumMismatches([{ path: "schemas/x.schema.json", json: schema }], lists)).toEqual([
      { where: "schemas/x.schema.json#/properties/x", list: "noSuchList", problem: "no such code list" },
    ]);
  });

  it("uses codes named in if/then conditions that exist in the property's list", () => {
    // Conditions such as `programme == "charityRelief"` repeat a code by hand: check them.
    const problems: string[] = [];
    for (const source of sources.schemas) {
      const properties = source.json["properties"];
      if (!isObject(properties)) continue;
      const branches = [source.json, ...(Array.isArray(source.json["allOf"]) ? source.json["allOf"] : [])];
      for (const branch of branches) {
        const tests = isObject(branch) && isObject(branch["if"]) ? branch["if"]["properties"] : undefined;
        if (!isObject(tests)) continue;
        for (const [key, test] of Object.entries(tests)) {
          const property = properties[key];
          const listId = isObject(property) ? property["x-czt-codelist"] : undefined;
          if (typeof listId !== "string" || !isObject(test)) continue;
          const values = "const" in test ? [test["const"]] : Array.isArray(test["enum"]) ? test["enum"] : [];
          const codes = codesOf(lists.get(listId)!);
          for (const value of values) if (!codes.includes(String(value))) problems.push(`${source.path}: ${key} == ${String(value)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
