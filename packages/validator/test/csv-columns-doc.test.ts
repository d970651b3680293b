import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvColumns } from "../src/input/csv-columns.js";
import { standardSchemaSet } from "../src/schema/standard-schema-set.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "cli.md"), "utf8");

describe("the CSV columns documented in docs/cli.md", () => {
  it.each(["person", "enrolment"] as const)("are the leaf fields of the %s schema", (type) => {
    const row = new RegExp(`^\\s*\\| ${type} \\| (.*) \\|$`, "m").exec(doc);
    const documented = row?.[1]?.split(", ").map((cell) => cell.replaceAll("`", ""));
    const expected = csvColumns(standardSchemaSet, type);
    expect(documented, `update the ${type} row of the CSV table in docs/cli.md to: ${expected.join(", ")}`).toEqual(expected);
  });
});
