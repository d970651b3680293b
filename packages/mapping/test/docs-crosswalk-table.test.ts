// docs/mapping.md lists the local codes by system of insuranceScheme: they must be the code list's.
import { readFileSync } from "node:fs";
import { codeLists } from "@czt/schemas";
import { describe, expect, it } from "vitest";

const doc = readFileSync(new URL("../../../docs/mapping.md", import.meta.url), "utf8");

describe("docs/mapping.md", () => {
  it("shows the insuranceScheme crosswalk exactly as schemas/codelists/insuranceScheme.json has it", () => {
    const rows = [...doc.matchAll(/^\| `([\w.]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].map((match) => match.slice(1, 5).map((cell) => cell!.trim()));
    const expected = codeLists.insuranceScheme.codes.map((entry) => [
      entry.code,
      entry.title.zh,
      entry.localCodesBySystem?.hrss?.join(", ") || "—",
      entry.localCodesBySystem?.nhsa?.join(", ") || "—",
    ]);
    expect(rows, "edit the table in docs/mapping.md to match the code list").toEqual(expected);
  });

  it("documents every transform of the mapping language", async () => {
    const schema = JSON.parse(readFileSync(new URL("../src/mapping.schema.json", import.meta.url), "utf8"));
    for (const name of schema.$defs.transform.oneOf[0].enum as string[]) expect(doc, name).toContain(`| \`${name}\``);
  });
});
