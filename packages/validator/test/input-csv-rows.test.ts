import { describe, expect, it } from "vitest";
import { createCsvReader, maxCsvArrayIndex, maxQuotedCellLines } from "../src/input/csv-reader.js";
import { readAll, summarise } from "./support/read-all.js";

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, options: Parameters<typeof readAll>[2] = {}) => readAll(createCsvReader, encode(text), options);
const values = (text: string) => csv(text).map((item) => (item.kind === "record" ? item.value : item));

describe("CSV header row", () => {
  it("a column named twice stops the file at the header, naming the column, in any chunking", () => {
    for (const chunkSizes of [[1000], [1], [5]]) {
      expect(csv("recordType,id, id\nperson,a,b\nperson,c,d\n", { chunkSizes })).toEqual([
        {
          kind: "error",
          ruleId: "input.duplicate-name",
          params: { name: "3", "name.zh": "第 3 列的列名", "name.en": "of column 3" },
          location: { file: "test.jsonl", line: 1, recordIndex: -1 },
          lostRecord: false,
        },
      ]);
    }
  });

  it("a reserved name in any segment of a header is refused, before anything else of the header", () => {
    expect(csv("recordType,hukou.constructor,id,id\nperson,1,2,3\n")).toMatchObject([{ ruleId: "input.forbidden-key", params: { key: "constructor" }, location: { line: 1, recordIndex: -1 }, lostRecord: false }]);
    expect(csv("prototype\n")).toMatchObject([{ ruleId: "input.forbidden-key", params: { key: "prototype" } }]);
  });

  it(`array indices up to ${maxCsvArrayIndex} are columns; a larger one, or one of more than two digits, is refused with its column`, () => {
    expect(maxCsvArrayIndex).toBe(99);
    expect(values("recordType,documents.99.number\nperson,E1\n")).toEqual([{ recordType: "person", documents: Object.assign(new Array(99), { 99: { number: "E1" } }) }]);
    for (const header of ["recordType,id,documents.100.number", "recordType,id,documents.001.number"]) {
      expect(csv(`${header}\nperson,a,E1\n`)).toEqual([
        {
          kind: "error",
          ruleId: "input.csv-columns",
          params: {
            column: 3,
            limit: 99,
            detail: "array-index-too-large",
            "detail.zh": "第 3 列的列名中的数组下标大于 99（CSV 中的数组最多 99 + 1 项）",
            "detail.en": "the header of column 3 has an array index above 99 (a CSV array holds at most 99 + 1 items)",
          },
          location: { file: "test.jsonl", line: 1, recordIndex: -1 },
          lostRecord: false,
        },
      ]);
    }
  });

  it("header cells are trimmed; the record type column may be headed 记录类型", () => {
    expect(values(" id , recordType \r\na,person\r\n")).toEqual([{ id: "a", recordType: "person" }]);
    expect(values("公民身份号码,记录类型\n430102199003071234,人员\n")).toEqual([{ idNumber: "430102199003071234", recordType: "person" }]);
  });

  it("a header that is not the first line of a file begins at its line, after a BOM", () => {
    expect(summarise(csv("\uFEFFrecordType,id\nperson,a\n"))).toEqual(["record@2"]);
    expect(values("\uFEFFrecordType,id\nperson,a\n")).toEqual([{ recordType: "person", id: "a" }]);
  });
});

describe("CSV rows", () => {
  it("blank lines are no records and keep the line numbers of the rows after them", () => {
    const items = csv("recordType,id\n\nperson,a\n  \t\r\nperson,b\n\n");
    expect(items.map((item) => [item.kind, item.location.line, item.location.recordIndex])).toEqual([
      ["record", 3, 0],
      ["record", 5, 1],
    ]);
  });

  it("a row with the wrong number of cells is a located error that costs one record", () => {
    expect(csv("recordType,id\nperson,a,b\nperson\nperson,c\n")).toEqual([
      {
        kind: "error",
        ruleId: "input.csv-columns",
        params: { cells: 3, columns: 2, detail: "cell-count", "detail.zh": "该行有 3 个单元格，首行有 2 列", "detail.en": "the row has 3 cells; the header has 2" },
        location: { file: "test.jsonl", line: 2, recordIndex: 0 },
        lostRecord: true,
      },
      expect.objectContaining({ ruleId: "input.csv-columns", params: expect.objectContaining({ cells: 1, columns: 2 }), location: { file: "test.jsonl", line: 3, recordIndex: 1 } }),
      { kind: "record", value: { recordType: "person", id: "c" }, location: { file: "test.jsonl", line: 4, recordIndex: 2 } },
    ]);
  });

  it("empty cells are left out; every other cell keeps its text exactly, spaces and quotes inside a cell included", () => {
    expect(values('recordType,id,name,sex\nperson,, 张 三 ,\nperson,a"b,x"y"z,"1"\n')).toEqual([
      { recordType: "person", name: " 张 三 " },
      { recordType: "person", id: 'a"b', name: 'x"y"z', sex: "1" },
    ]);
  });

  it("quoted cells: doubled quotes, commas, and line breaks inside, CRLF kept as written", () => {
    expect(values('recordType,id,name\r\nperson,"a,b","x""\r\ny"\r\nperson,"",""""\r\n')).toEqual([
      { recordType: "person", id: "a,b", name: 'x"\r\ny' },
      { recordType: "person", name: '"' },
    ]);
    expect(values('recordType,name\nperson,"one\n\ntwo"\nperson,z\n')).toEqual([{ recordType: "person", name: "one\n\ntwo" }, { recordType: "person", name: "z" }]);
    expect(summarise(csv('recordType,name\nperson,"one\n\ntwo"\nperson,z\n'))).toEqual(["record@2", "record@5"]);
  });

  it("integer fields are numbers (a decimal too, for the schema to refuse); text that is no number stays text", () => {
    const text = "recordType,id,monthlyContributionBase,contributions.0.year,contributions.1.months\n" + "enrolment,1,-520000,2024,12\n" + "enrolment,2,12.50,1e3,12.\n" + "enrolment,3, 7,-,0x1\n";
    expect(values(text)).toEqual([
      { recordType: "enrolment", id: "1", monthlyContributionBase: -520000, contributions: [{ year: 2024 }, { months: 12 }] },
      { recordType: "enrolment", id: "2", monthlyContributionBase: 12.5, contributions: [{ year: "1e3" }, { months: "12." }] },
      { recordType: "enrolment", id: "3", monthlyContributionBase: " 7", contributions: [{ year: "-" }, { months: "0x1" }] },
    ]);
  });

  it("boolean fields are booleans for exactly true and false; text fields keep digits as text", () => {
    const text = "recordType,id,household.members.0.covered,household.members.1.covered,household.members.2.covered\nassistance,007,true,false,TRUE\n";
    expect(values(text)).toEqual([{ recordType: "assistance", id: "007", household: { members: [{ covered: true }, { covered: false }, { covered: "TRUE" }] } }]);
  });

  it("zh titles of codes stand for their codes, the record type's zh title for the type", () => {
    expect(values("记录类型,性别,户籍.城乡类型\n人员,男,城镇\n人员,女性,urban\n人员,男人,城镇\n")).toEqual([
      { recordType: "person", sex: "1", hukou: { residenceType: "urban" } },
      { recordType: "person", sex: "2", hukou: { residenceType: "urban" } },
      { recordType: "person", sex: "男人", hukou: { residenceType: "urban" } },
    ]);
  });

  it("two columns naming one field: the second keeps its own header, so neither cell overwrites the other", () => {
    expect(values("recordType,户籍所在地,户籍.户籍所在地\nperson,430102,430103\n")).toEqual([{ recordType: "person", hukou: { division: "430102" }, "户籍.户籍所在地": "430103" }]);
  });

  it("a record type the standard does not have keeps its headers as paths, on every row", () => {
    expect(values("recordType,户籍所在地,a.b\nthing,1,2\nother,3,4\nperson,5,6\n")).toEqual([
      { recordType: "thing", 户籍所在地: "1", a: { b: "2" } },
      { recordType: "other", 户籍所在地: "3", a: { b: "4" } },
      { recordType: "person", hukou: { division: "5" }, a: { b: "6" } },
    ]);
  });

  it("without a record type cell, the record has none", () => {
    expect(values("recordType,id\n,a\n")).toEqual([{ id: "a" }]);
  });
});

describe("a quote that never closes", () => {
  it("in the last row, the file was cut short there: input.truncated at the row's line", () => {
    expect(csv('recordType,name\nperson,a\nperson,"b')).toEqual([
      expect.objectContaining({ kind: "record" }),
      {
        kind: "error",
        ruleId: "input.truncated",
        params: { detail: "quote-not-closed", "detail.zh": "带引号的单元格没有结束引号", "detail.en": "a quoted cell is not closed" },
        location: { file: "test.jsonl", line: 3, recordIndex: 1 },
        lostRecord: true,
      },
    ]);
  });

  it("before the last lines: the row is reported at its first line and the lines after it are read again as rows", () => {
    const items = csv('recordType,name\nperson,"stray\nperson,b\nperson,c\n');
    expect(summarise(items)).toEqual(["input.csv-columns@2", "record@3", "record@4"]);
    expect(items[0]).toMatchObject({ params: { detail: "quote-not-closed-within", lines: 100 }, location: { recordIndex: 0 }, lostRecord: true });
    expect(items[2]).toMatchObject({ value: { name: "c" }, location: { recordIndex: 2 } });
  });

  it("a quote closed on a later line ends the cell there, and the row goes on", () => {
    const items = csv('recordType,name,id\nperson,"stray\nperson,b\nperson,"c,d\n');
    expect(items).toEqual([{ kind: "record", value: { recordType: "person", name: "stray\nperson,b\nperson,c", id: "d" }, location: { file: "test.jsonl", line: 2, recordIndex: 0 } }]);
  });

  it(`a quoted cell may span ${maxQuotedCellLines} lines; still open after them, the row is skipped and reading resumes on its next line`, () => {
    expect(maxQuotedCellLines).toBe(100);
    const cell = (lines: number) => Array.from({ length: lines }, (_, i) => `l${i + 1}`).join("\n");
    const spanning = csv(`recordType,name\nperson,"${cell(100)}"\nperson,z\n`);
    expect(summarise(spanning)).toEqual(["record@2", "record@102"]);
    expect(spanning[0]).toMatchObject({ value: { name: cell(100) } });
    const open = csv(`recordType,name\nperson,"${cell(100)}\nperson,z\n`, { maxRecordBytes: 1000 });
    expect(summarise(open)).toEqual(["input.csv-columns@2", ...Array.from({ length: 99 }, (_, i) => `input.csv-columns@${i + 3}`), "record@102"]);
    expect(open[0]).toEqual({
      kind: "error",
      ruleId: "input.csv-columns",
      params: {
        lines: 100,
        limit: 1000,
        detail: "quote-not-closed-within",
        "detail.zh": "带引号的单元格在 100 行（或 1000 字节）内没有结束引号：跳过该行，从下一行继续读取",
        "detail.en": "a quoted cell is not closed within 100 lines (or 1000 bytes): the row is skipped and reading resumes on its next line",
      },
      location: { file: "test.jsonl", line: 2, recordIndex: 0 },
      lostRecord: true,
    });
  }, 20_000);

  it("or once the open row holds more than --max-line-bytes characters", () => {
    // 'person,"' is 8 characters, then 12 or 13: 20 fit a limit of 20, 21 do not.
    expect(summarise(csv('recordType,name\nperson,"\n123456789012\nx"\nperson,z\n', { maxRecordBytes: 20 }))).toEqual(["record@2", "record@5"]);
    expect(summarise(csv('recordType,name\nperson,"\n1234567890123\nx"\nperson,z\n', { maxRecordBytes: 20 }))).toEqual(["input.csv-columns@2", "input.csv-columns@3", "input.csv-columns@4", "record@5"]);
  });
});

describe("problems of the lines under a CSV file", () => {
  it("a line over the limit costs one record, located; a GB18030 file is a warning that costs none", () => {
    const items = csv(`recordType,name\nperson,${"x".repeat(40)}\nperson,y\n`, { maxRecordBytes: 30 });
    expect(items).toEqual([
      { kind: "error", ruleId: "input.line-too-long", params: { limit: 30 }, location: { file: "test.jsonl", line: 2, recordIndex: 0 }, lostRecord: true },
      expect.objectContaining({ kind: "record", location: { file: "test.jsonl", line: 3, recordIndex: 1 } }),
    ]);
    const gb = new Uint8Array([...encode("recordType,name\nperson,"), 0xd5, 0xc5, 0x0a]);
    expect(readAll(createCsvReader, gb)).toEqual([
      expect.objectContaining({ ruleId: "input.encoding", severity: "warning", location: { file: "test.jsonl", line: 2, recordIndex: -1 }, lostRecord: false }),
      { kind: "record", value: { recordType: "person", name: "张" }, location: { file: "test.jsonl", line: 2, recordIndex: 0 } },
    ]);
  });

  it("after a refused header nothing more is reported, whatever the chunking", () => {
    for (const chunkSizes of [[10_000], [3]]) {
      expect(summarise(csv(`recordType,recordType\n${"x".repeat(60)}\n"open\n`, { chunkSizes, maxRecordBytes: 30 }))).toEqual(["input.duplicate-name@1"]);
    }
  });

  it("a binary file is one finding and is not read on", () => {
    const bytes = new Uint8Array([...encode("recordType,id\n"), 0, ...encode("person,a\n")]);
    const reader = createCsvReader({ file: "x.csv", encoding: "auto", limits: { maxRecordBytes: 1000, maxDepth: 64 }, emit: () => {} });
    expect(reader.done).toBe(false);
    reader.push(bytes);
    reader.end();
    expect(reader.done).toBe(true);
    expect(summarise(readAll(createCsvReader, bytes))).toEqual(["input.binary@1"]);
  });

  it("the reader says it is done after a refused header", () => {
    const reader = createCsvReader({ file: "x.csv", encoding: "auto", limits: { maxRecordBytes: 1000, maxDepth: 64 }, emit: () => {} });
    reader.push(encode(`id,id\n${"x,y\n".repeat(3000)}`));
    expect(reader.done).toBe(true);
  });
});
