// docs/mapping.md lists the local codes by system of every code list that has them: they must be the code lists'.
import { readFileSync } from "node:fs";
import { codeLists } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import type { CodeSystem } from "../src/index.js";

const doc = readFileSync(new URL("../../../docs/mapping.md", import.meta.url), "utf8");
const section = doc.slice(doc.indexOf("### Crosswalks per source system"), doc.indexOf("## Worked examples"));

/** The tables of the section, by the code list named in the bold line above each: its system columns and rows. */
function documentedTables(): Map<string, { systems: string[]; rows: string[][] }> {
  const tables = new Map<string, { systems: string[]; rows: string[][] }>();
  for (const match of section.matchAll(/^\*\*(\w+) \([^)]*\)\*\*\n\n((?:\|.*\|\n)+)/gm)) {
    const [head, , ...body] = match[2]!.trimEnd().split("\n").map((line) => line.slice(1, -1).split("|").map((cell) => cell.trim()));
    tables.set(match[1]!, { systems: head!.slice(2).map((cell) => cell.split(" ")[0]!), rows: body.map((row) => [row[0]!.replaceAll("`", ""), ...row.slice(1)]) });
  }
  return tables;
}

const systemsOrder: CodeSystem[] = ["hrss", "nhsa", "mps"];

describe("docs/mapping.md", () => {
  const tables = documentedTables();
  const withSystems = Object.values(codeLists).filter((list) => list.columns?.includes("localCodesBySystem"));

  it("has a crosswalk table for exactly the code lists with local codes by system", () => {
    expect([...tables.keys()].sort(), "add or remove a table in docs/mapping.md").toEqual(withSystems.map((list) => list.id).sort());
  });

  it.each(withSystems.map((list) => [list.id, list] as const))("shows %s's local codes exactly as schemas/codelists has them", (_, list) => {
    const systems = systemsOrder.filter((system) => list.codes.some((entry) => (entry.localCodesBySystem?.[system]?.length ?? 0) > 0));
    const table = tables.get(list.id);
    expect(table?.systems, "the table's system columns").toEqual(systems);
    const expected = list.codes.map((entry) => [entry.code, entry.title.zh, ...systems.map((system) => entry.localCodesBySystem?.[system]?.join(", ") || "—")]);
    expect(table?.rows, "edit the table in docs/mapping.md to match the code list").toEqual(expected);
  });

  it("documents every transform of the mapping language", async () => {
    const schema = JSON.parse(readFileSync(new URL("../src/mapping.schema.json", import.meta.url), "utf8"));
    for (const name of schema.$defs.transform.oneOf[0].enum as string[]) expect(doc, name).toContain(`| \`${name}\``);
  });
});
