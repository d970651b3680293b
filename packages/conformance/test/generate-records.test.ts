import { describe, expect, it } from "vitest";
import { createValidator } from "@czt/validator";
import { datasetAsOf, generatedParameters, generateRecords, validateEntries } from "../src/index.js";

function take<T>(iterator: Iterator<T>, count: number): T[] {
  const values: T[] = [];
  for (let next = iterator.next(); !next.done && values.length < count; next = iterator.next()) values.push(next.value);
  return values;
}

describe("generateRecords", () => {
  it("yields exactly the requested number of records, the same for the same seed", () => {
    const first = [...generateRecords(700, 42)];
    expect(first).toHaveLength(700);
    expect([...generateRecords(700, 42)]).toEqual(first);
    expect([...generateRecords(700, 43)]).not.toEqual(first);
  });

  it("streams: the first records come without generating the rest", () => {
    const began = Date.now();
    const records = take(generateRecords(1_000_000_000, 1), 5);
    expect(records).toHaveLength(5);
    expect(Date.now() - began).toBeLessThan(2_000);
  });

  it("a generated dataset is valid as a whole, with unique ids across batches", () => {
    const records = [...generateRecords(1_500, 9)];
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    const validator = createValidator({ asOf: datasetAsOf, parameters: generatedParameters as never });
    const findings = validateEntries(validator.createSession(), records.map((record) => ({ file: "export.jsonl", record })));
    expect(findings.map(({ finding }) => `${finding.ruleId} ${finding.pointer}`)).toEqual([]);
  });

  it("record mode yields independent records of the four types, each valid on its own", () => {
    const records = [...generateRecords(300, 5, { type: "record" })];
    expect(new Set(records.map((record) => record.recordType))).toEqual(new Set(["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement"]));
    const validator = createValidator({ asOf: datasetAsOf, parameters: generatedParameters as never });
    for (const record of records) expect(validator.validateRecord(record)).toEqual([]);
  });
});
