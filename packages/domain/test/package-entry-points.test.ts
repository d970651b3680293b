import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as source from "../src/index.js";

// Other packages import @czt/domain through node_modules → dist, so the built output
// must expose what the source does.
const rebuild = "dist is stale: run `npm run build` in packages/domain";

describe("package entry points", () => {
  it("expose the model-contract API from the built main entry", async () => {
    const built = await import("@czt/domain");
    expect(Object.keys(built).sort(), rebuild).toEqual(Object.keys(source).sort());
    for (const name of [
      "validateIdNumber",
      "parseIdNumber",
      "normaliseIdNumber",
      "convertLegacyIdNumber",
      "idNumberCheckCharacter",
      "validateCreditCode",
      "creditCodeCheckCharacter",
      "lookupDivision",
      "isDivisionValidOn",
      "cityOfDivision",
      "normaliseName",
      "validateName",
      "normaliseMobile",
      "maskIdentifier",
    ]) {
      expect(typeof (built as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("expose the arbitraries under @czt/domain/arbitraries", async () => {
    const arbitraries = await import("@czt/domain/arbitraries");
    expect(typeof arbitraries.idNumberArbitrary, rebuild).toBe("function");
    expect(typeof arbitraries.creditCodeArbitrary, rebuild).toBe("function");
  });

  it("keep fast-check out of the main entry (browser-safe, no test dependency at run time)", () => {
    const dist = fileURLToPath(new URL("../dist/", import.meta.url));
    for (const file of readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "arbitraries.js")) {
      expect(readFileSync(dist + file, "utf8"), file).not.toMatch(/fast-check|node:/);
    }
  });
});
