import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { enrolmentPeriods, sweepOverlaps } from "../../src/rules/support/enrolment-periods.js";
import { person } from "../support/records.js";

/** An enrolment of P-0 in a scheme over [start, end] (open when end is absent); contribution status 1, or 3 (terminated). */
const enrolment = (id: string, scheme: string, start: string, end?: string, contributionStatus = "1") => ({
  recordType: "enrolment",
  id,
  personId: "P-0",
  scheme,
  city: "430100",
  contributionStatus,
  period: end === undefined ? { start } : { start, end },
});

function indexOf(records: readonly Record<string, unknown>[]): DatasetIndex {
  const index = new DatasetIndex();
  records.forEach((record, handle) => {
    index.add(record, handle);
  });
  return index;
}

const index = () =>
  indexOf([
    person({ id: "P-0" }),
    enrolment("E-1", "pension.employee", "2020-01-01", "2025-12-31"),
    enrolment("E-2", "pension.employee", "2020-02-01", "2020-03-31"),
    enrolment("E-3", "medical.employee", "2020-06-01"),
    enrolment("E-4", "pension.employee", "2021-01-01", "2021-06-30"),
    enrolment("E-5", "pension.employee", "2025-12-31"),
    enrolment("E-6", "pension.employee", "2022-01-01", undefined, "3"),
    enrolment("E-7", "pension.employee", "2023-01-01", "2023-02-01", "3"),
    enrolment("E-8", "pension.employee", "2024-01-01", "2025-12-31"),
  ]);

describe("enrolment periods and their overlaps", () => {
  it("leave out a terminated enrolment without an end, keep one with an end", () => {
    const built = index();
    const ids = [...enrolmentPeriods(built).order].map((slot) => built.idOf(slot));
    expect(ids).toEqual(["E-1", "E-2", "E-4", "E-7", "E-8", "E-5", "E-3"]);
  });

  it("report each enrolment that starts on or before the furthest end of its family, against the first to reach it", () => {
    const built = index();
    const found: string[] = [];
    sweepOverlaps(built, (later, earlier) => found.push(`${built.idOf(later)}>${built.idOf(earlier)}`));
    // E-5 starts on E-1's last day; E-8 ends with E-1 but does not replace it; medical E-3 is another family.
    expect(found).toEqual(["E-2>E-1", "E-4>E-1", "E-7>E-1", "E-8>E-1", "E-5>E-1"]);
  });
});
