import { describe, expect, it } from "vitest";
import { createCsvReader } from "../src/input/csv-reader.js";
import { readAll, summarise } from "./support/read-all.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("CSV reader", () => {
  it("builds records from dotted headers, typed by the schema, with quoted cells over several lines", () => {
    const text =
      "recordType,id,name,hukou.division,hukou.residenceType,documents.0.type,documents.0.number,monthlyContributionBase\r\n" +
      'person,430100-P-1,"张三, Jr.",430102,urban,,,\r\n' +
      'person,430100-P-2,"李""四""\nsecond line",,,01,E123,\r\n' +
      "enrolment,430100-E-1,,,,,,520000\r\n";
    const items = readAll(createCsvReader, encode(text), { chunkSizes: [17] });
    expect(summarise(items)).toEqual(["record@2", "record@3", "record@5"]);
    expect(items[0]).toMatchObject({ value: { recordType: "person", id: "430100-P-1", name: "张三, Jr.", hukou: { division: "430102", residenceType: "urban" } } });
    expect(items[1]).toMatchObject({ value: { name: '李"四"\nsecond line', documents: [{ type: "01", number: "E123" }] } });
    expect(items[2]).toMatchObject({ value: { monthlyContributionBase: 520000 } });
  });

  it("reports rows with the wrong number of cells and a missing recordType column", () => {
    expect(summarise(readAll(createCsvReader, encode("recordType,id\nperson,a,b\nperson,c\n")))).toEqual(["input.csv-columns@2", "record@3"]);
    const [missing] = readAll(createCsvReader, encode("id,name\nx,y\n"));
    expect(missing).toMatchObject({ ruleId: "input.csv-columns", params: { detail: "no-record-type-column", "detail.en": "the header row has no recordType (记录类型) column" }, location: { line: 1 } });
    expect(summarise(readAll(createCsvReader, encode("recordType,__proto__.x\nperson,1\n")))).toEqual(["input.forbidden-key@1"]);
  });
});
