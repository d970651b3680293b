import { describe, expect, it, vi } from "vitest";
import { person } from "./support/records.js";

// Counts the dataset indexes built: an API write checks one record and must not pay for one.
const built = vi.hoisted(() => ({ indexes: 0 }));
vi.mock("../src/dataset/dataset-index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/dataset/dataset-index.js")>();
  class CountedIndex extends original.DatasetIndex {
    constructor() {
      super();
      built.indexes++;
    }
  }
  return { ...original, DatasetIndex: CountedIndex };
});

const { createValidator } = await import("../src/index.js");

describe("validateRecord", () => {
  it("checks schema and record rules without building any dataset index", () => {
    const validator = createValidator({ asOf: "2024-06-30" });
    expect(validator.validateRecord(person())).toEqual([]);
    expect(validator.validateRecord(person({ sex: "7" })).map((finding) => finding.ruleId)).toContain("schema.enum");
    expect(built.indexes).toBe(0);
  });

  it("still builds one for a session that runs dataset rules", async () => {
    const report = await createValidator({ asOf: "2024-06-30" }).validateRecords([person(), person()]);
    expect(report.summary.byRule["dataset.duplicate-record-id"]).toBe(2);
    expect(built.indexes).toBe(1);
  });
});
