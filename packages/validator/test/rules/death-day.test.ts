import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { openEnd } from "../../src/dataset/index-entry.js";
import { deathDayOf, deathDayUnknown, noDeath } from "../../src/rules/support/death-day.js";
import { dayNumber } from "../../src/rules/support/iso-date.js";
import type { PersonView } from "../../src/rules/support/record-view.js";
import { assistance, person } from "../support/records.js";

const view = (overrides: Record<string, unknown>) => person(overrides) as unknown as PersonView;

describe("deathDayOf reads the death from vitalStatus (1.1) or deathDate (1.0)", () => {
  it("takes a deceased vitalStatus's date", () => {
    expect(deathDayOf(view({ vitalStatus: { status: "deceased", date: "2025-03-02" } }))).toBe(dayNumber("2025-03-02"));
  });
  it("takes 1.0's deathDate when there is no vitalStatus", () => {
    expect(deathDayOf(view({ deathDate: "2024-12-31" }))).toBe(dayNumber("2024-12-31"));
  });
  it("knows a death without a date", () => {
    expect(deathDayOf(view({ vitalStatus: { status: "deceased", source: "cremationRecord" } }))).toBe(deathDayUnknown);
  });
  it("is no death for the living and the declared missing", () => {
    expect(deathDayOf(view({}))).toBe(noDeath);
    expect(deathDayOf(view({ vitalStatus: { status: "alive" } }))).toBe(noDeath);
    expect(deathDayOf(view({ vitalStatus: { status: "declaredMissing", date: "2024-01-01" } }))).toBe(noDeath);
  });
  it("uses the index's open end for no death", () => {
    expect(noDeath).toBe(openEnd);
  });
});

describe("the dataset index keeps the death day and the latest paid month", () => {
  it("across exportBatch and appendBatch", () => {
    const index = new DatasetIndex();
    index.add(person({ vitalStatus: { status: "deceased", date: "2025-03-02" } }), 0);
    const payment = (month: string, status?: string) => ({ month, amount: 50_000, paidOn: `${month}-15`, ...(status ? { status } : {}) });
    index.add(assistance({ payments: [payment("2025-02"), payment("2025-04"), payment("2025-05", "returned")] }), 1);
    const copy = new DatasetIndex();
    copy.add(person({ id: "430100-P-000009" }), 0);
    copy.appendBatch(index.exportBatch(), 1);
    expect(copy.deathDayOf(0)).toBe(openEnd);
    expect(copy.deathDayOf(1)).toBe(dayNumber("2025-03-02"));
    expect(copy.latestPaidMonthOf(2)).toBe(2025 * 12 + 3);
    expect(copy.latestPaidLineOf(2)).toBe(1);
  });
});
