import { describe, expect, it } from "vitest";
import { compareFindings, createVectorRunner, toProtocolVector } from "../src/harness.js";
import { validatorAdapter } from "../src/harness.js";
import { allVectors } from "./support.js";

/** The library path: every vector through @czt/validator in-process, no skip list. */
describe("every vector through the validator library", () => {
  const runner = createVectorRunner();
  const raw = validatorAdapter();
  it.each(allVectors.map((vector) => [vector.id, vector] as const))("%s", async (_id, vector) => {
    const verdict = vector.raw !== undefined ? await raw.run(toProtocolVector(vector)) : await runner(toProtocolVector(vector));
    const comparison = compareFindings(vector, verdict.valid, verdict.findings);
    expect({ missing: comparison.missing, unexpected: comparison.unexpected, verdictMatches: comparison.verdictMatches }).toEqual({
      missing: [],
      unexpected: [],
      verdictMatches: true,
    });
  });
});
