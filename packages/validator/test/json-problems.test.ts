import { describe, expect, it } from "vitest";
import { detailParams, expectedParams } from "../src/input/json-problems.js";

describe("the params of an input finding", () => {
  it("give the detail as a code and in words, its placeholders filled in each language", () => {
    expect(detailParams("cell-count", { cells: 3, columns: 4 })).toEqual({
      cells: 3,
      columns: 4,
      detail: "cell-count",
      "detail.zh": "该行有 3 个单元格，首行有 4 列",
      "detail.en": "the row has 3 cells; the header has 4",
    });
  });

  it("take a parameter's words in the language of each text, where it has them", () => {
    const params = detailParams("not-a-workbook", { file: "a.xlsx", reason: "not a zip file", "reason.zh": "不是 ZIP 文件", "reason.en": "not a ZIP file" });
    expect(params["detail.zh"]).toBe("a.xlsx：无法作为 XLSX 工作簿读取（不是 ZIP 文件）");
    expect(params["detail.en"]).toBe("a.xlsx: cannot be read as an XLSX workbook (not a ZIP file)");
  });

  it("name what a JSON reader expected, as a code and in words", () => {
    expect(expectedParams("colon")).toEqual({ expected: "colon", "expected.zh": "冒号", "expected.en": "a colon" });
  });
});
