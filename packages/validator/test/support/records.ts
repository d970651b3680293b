/** A schema-valid, rule-clean person record, as a base for tests to break one field at a time. */
export function person(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordType: "person",
    id: "430100-P-000001",
    idNumber: "430102199003071234",
    name: "张三",
    sex: "1",
    birthDate: "1990-03-07",
    nationality: "CHN",
    meta: { lastUpdated: "2024-01-01T00:00:00+08:00" },
    ...overrides,
  };
}

/** A schema-valid, rule-clean assistance case (temporary aid in Xiangtan), as a base for tests. */
export function assistance(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordType: "assistance",
    id: "430300-A-000002",
    programme: "temporaryAid",
    personId: "430300-P-000003",
    city: "430300",
    agency: { creditCode: "11430300000000003U", division: "430300", department: "civilAffairs" },
    caseStatus: "active",
    dates: { applied: "2024-05-02", approved: "2024-05-09" },
    benefitAmount: 200_000,
    meta: { lastUpdated: "2024-06-01T00:00:00+08:00" },
    ...overrides,
  };
}

export function jsonLines(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join("\n"));
}

/** A JSON Lines header of a Changsha export (as of 2026-10-31). */
export function changshaHeader(): Record<string, unknown> {
  return {
    recordType: "header",
    schemaVersion: "1.0",
    publisher: { creditCode: "11430100006140004B", division: "430100", department: "hrss" },
    city: "430100",
    created: "2026-11-01T09:30:00+08:00",
    asOf: "2026-10-31",
  };
}
