import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const fixtures = join(import.meta.dirname, "..", "..", "standard-diff", "test", "fixtures");
const operands = (name: string) => [join(fixtures, name, "old"), join(fixtures, name, "new")];

describe("czt diff on if/then pairs (allOf, as in assistance.schema.json)", () => {
  it("relaxed and reordered pairs break consumers only: --fail-on producer passes, each change said under its condition", async () => {
    const run = await runCzt(["diff", ...operands("condition-relaxed"), "--fail-on", "producer"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(run.stdout).toContain("assistance.schema.json: address — property no longer required: property address is no longer required (when personId is absent) [breaks consumers]");
    expect(run.stdout).toContain('assistance.schema.json: specialCare — enum widened: now also allows "veteran" (when programme is "specialCare") [breaks consumers]');
    expect(run.stdout).toContain('allOf branch 1 removed, an if/then: when programme is "charityRelief"');
    expect(run.stdout).toContain("3 changes, 3 breaking (0 for producers, 3 for consumers)");
  });

  it("tightened pairs break producers: --fail-on producer fails", async () => {
    const run = await runCzt(["diff", ...operands("condition-tightened"), "--fail-on", "producer"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
    expect(run.stdout).toContain("assistance.schema.json: address — property now required: property address is now required (when personId is absent) [breaks producers]");
    expect(run.stdout).toContain('assistance.schema.json — schema narrowed: allOf branch 2 added, an if/then: when programme is "specialCare"');
    expect(run.stdout).toContain("2 changes, 2 breaking (2 for producers, 0 for consumers)");
  });
});
