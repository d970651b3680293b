import type { ReportedFinding } from "../protocol/messages.js";
import type { ExpectedFinding, Vector } from "../vectors/vector-format.js";

export interface Comparison {
  agree: boolean;
  verdictMatches: boolean;
  /** Expected but not reported. */
  missing: ExpectedFinding[];
  /** Reported but not expected. */
  unexpected: ExpectedFinding[];
}

function key(finding: ExpectedFinding): string {
  return JSON.stringify([finding.ruleId, finding.pointer, finding.record ?? null]);
}

/**
 * The set of a vector's findings that implementations must agree on: error and
 * warning findings (infos are ignored), duplicates collapsed, `record` kept only
 * for dataset and raw vectors.
 */
export function normaliseFindings(vector: Vector, findings: readonly ReportedFinding[]): ExpectedFinding[] {
  const byKey = new Map<string, ExpectedFinding>();
  const attributed = !("data" in vector);
  for (const finding of findings) {
    if (finding.severity === "info") continue;
    const normalised: ExpectedFinding = { ruleId: finding.ruleId, pointer: finding.pointer };
    if (attributed && finding.record !== undefined) normalised.record = finding.record;
    byKey.set(key(normalised), normalised);
  }
  return [...byKey.values()];
}

/** Compares an implementation's verdict and findings with the vector's expectation. */
export function compareFindings(vector: Vector, valid: boolean, reported: readonly ReportedFinding[]): Comparison {
  const expected = normaliseFindings(vector, vector.findings);
  const actual = normaliseFindings(vector, reported);
  const expectedKeys = new Set(expected.map(key));
  const actualKeys = new Set(actual.map(key));
  const missing = expected.filter((finding) => !actualKeys.has(key(finding)));
  const unexpected = actual.filter((finding) => !expectedKeys.has(key(finding)));
  const verdictMatches = valid === vector.valid;
  return { agree: verdictMatches && missing.length === 0 && unexpected.length === 0, verdictMatches, missing, unexpected };
}
