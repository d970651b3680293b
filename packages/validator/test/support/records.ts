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

export function jsonLines(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join("\n"));
}
