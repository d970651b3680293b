import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleById, ruleParameters, rules } from "../../src/catalogue.js";
import { paramTreatment } from "../../src/param-sources.js";

const contract = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../../docs/model-contract.md"), "utf8");

/** Rule ids the model contract lists after `Record:` and `Dataset:`. */
function contractIds(layer: "Record" | "Dataset"): string[] {
  const start = contract.indexOf(`${layer}: \``);
  const end = layer === "Record" ? contract.indexOf("\nDataset:", start) : contract.indexOf("\n\n", start);
  const block = contract.slice(start, end === -1 ? undefined : end);
  return [...block.matchAll(/`([a-z-]+\.[a-z-]+)`/g)].map((match) => match[1]!);
}

const placeholder = /\{([A-Za-z0-9_]+)\}/g;

describe("rule catalogue", () => {
  it("has unique ids, each found by ruleById", () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ruleById(id)?.id).toBe(id);
    expect(ruleById("no.such-rule")).toBeUndefined();
  });

  it.each(["Record", "Dataset"] as const)("implements every %s rule id of docs/model-contract.md in that layer", (layer) => {
    const ids = contractIds(layer);
    expect(ids.length).toBeGreaterThan(5);
    const missing = ids.filter((id) => ruleById(id)?.kind !== layer.toLowerCase());
    expect(missing).toEqual([]);
  });

  it("gives every record and dataset rule zh/en titles, messages and guidance, record types and versions", () => {
    for (const rule of rules.filter((r) => r.kind === "record" || r.kind === "dataset")) {
      for (const text of [rule.title, rule.message, rule.guidance]) {
        expect(text.zh.length, rule.id).toBeGreaterThan(1);
        expect(text.en.length, rule.id).toBeGreaterThan(1);
      }
      expect(rule.appliesTo.length, rule.id).toBeGreaterThan(0);
      // Every rule applies to the current version; a rule over fields 1.0 lacks may start at 1.1.
      expect(rule.versions, rule.id).toContain("1.1");
      // Both languages fill the same placeholders.
      const zh = [...rule.message.zh.matchAll(placeholder)].map((m) => m[1]).sort();
      const en = [...rule.message.en.matchAll(placeholder)].map((m) => m[1]).sort();
      expect(zh, rule.id).toEqual(en);
    }
  });

  it("declares sensitive params only for params its messages use", () => {
    for (const rule of rules) {
      for (const name of Object.keys(rule.sensitiveParams ?? {})) expect(rule.message.en, rule.id).toContain(`{${name}}`);
    }
  });

  it("masks identity numbers wherever a message prints one", () => {
    for (const rule of rules) {
      if (rule.message.en.includes("{idNumber}")) expect(paramTreatment(rule).masks["idNumber"], rule.id).toBe("identifier");
    }
  });

  it("names only existing rules as needing parameters", () => {
    for (const id of Object.keys(ruleParameters)) expect(ruleById(id), id).toBeDefined();
  });

  it("lets the publisher set the severity of overlapping medical enrolment, default warning", () => {
    expect(ruleById("dataset.overlapping-medical")).toMatchObject({ severity: "warning", configurableSeverity: true });
    expect(ruleById("transfer.step-deadline")?.severity).toBe("warning");
    expect(ruleById("assistance.review-overdue")?.severity).toBe("warning");
    expect(ruleById("dataset.flat-benefit")?.severity).toBe("warning");
  });
});
