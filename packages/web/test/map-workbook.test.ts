// The page's mapping of a workbook (`runMapping`: loaded whole by ExcelJS), in Node, held to
// what `czt map` (streamed from disk) maps from the same file: formula results as plain cells,
// carriage returns kept, an unreadable cell said once with the fields that read it.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MapProblem, parseMapping, problemFinding } from "@czt/mapping";
import { mapFiles } from "@czt/mapping/node";
import type { Finding, InputItem } from "@czt/validator";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runMapping } from "../src/mapping-run.js";

const mappingYaml = `mapping: czt-ss/1
header: { city: "430100", publisher: { creditCode: "11430100006100520E", division: "430100", department: hrss, name: 长沙市人力资源和社会保障局 } }
sources:
  - name: members
    file: book.xlsx
    records:
      - recordType: assistance
        id: { column: 编号 }
        fields:
          household.members.0.covered: { column: 是否保障 }
          household.members.0.memberSince: { column: 起始日 }
          household.members.0.personId: { column: 个人编号 }
          household.address: { column: 个人编号 }
          note: { column: 备注 }
`;

describe("the page maps a workbook as czt map does", () => {
  it("the same records and findings", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("成员");
    sheet.getRow(1).values = ["编号", "是否保障", "起始日", "个人编号", "备注"];
    sheet.getRow(2).values = ["A-1", { formula: "1=1", result: true }, { formula: "DATE(2024,1,9)", result: new Date("2024-01-09T00:00:00Z") }, "P-1", { formula: "D2", result: "a_x000D_\nb" }];
    sheet.getRow(3).values = ["A-2", false, new Date("2024-01-10T00:00:00Z"), { error: "#N/A" }, "x"];
    for (const row of [2, 3]) sheet.getCell(`C${row}`).numFmt = "yyyy-mm-dd";
    const path = join(mkdtempSync(join(tmpdir(), "czt-web-map-workbook-")), "book.xlsx");
    await workbook.xlsx.writeFile(path);
    const parsed = parseMapping(mappingYaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

    const page = { records: [] as unknown[], findings: [] as Finding[] };
    await runMapping(parsed.mapping, [new File([readFileSync(path)], "book.xlsx")], false, {
      item: (item: InputItem) => (item.kind === "record" ? page.records.push(item.value) : undefined),
      finding: (finding) => page.findings.push(finding),
    });
    const cli = { records: [] as unknown[], problems: [] as MapProblem[] };
    await mapFiles(parsed.mapping, [path], { record: (record) => cli.records.push(record), problem: (problem) => cli.problems.push(problem) });

    expect(page.records).toEqual(cli.records);
    expect(page.findings).toEqual(cli.problems.map((problem) => problemFinding(problem, false)));
    expect(page.records).toEqual([
      { recordType: "assistance", id: "A-1", household: { address: "P-1", members: [{ covered: true, memberSince: "2024-01-09", personId: "P-1" }] }, note: "a\r\nb" },
      { recordType: "assistance", id: "A-2", household: { members: [{ covered: false, memberSince: "2024-01-10" }] }, note: "x" },
    ]);
    expect(page.findings).toMatchObject([
      { ruleId: "map.unreadable-cell", file: "book.xlsx#成员", line: 3, column: 4, params: { cell: "D3", fields: "household.members.0.personId, household.address" } },
    ]);
  });
});
