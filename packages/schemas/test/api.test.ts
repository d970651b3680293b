import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  annotationKeywords,
  codeEntry,
  codeListPointers,
  codeLists,
  currentVersion,
  isStandardVersion,
  metaSchemaId,
  openapiDocuments,
  recordSchemaIds,
  releasedVersions,
  schemaIdsAt,
  schemas,
  schemaVersion,
  sensitivePointers,
  standards,
  standardVersions,
} from "../src/index.js";

describe("@czt/schemas API", () => {
  it("exposes every schema by $id, the meta-schema included", () => {
    expect(schemas[metaSchemaId]).toBeDefined();
    for (const [name, id] of Object.entries(recordSchemaIds)) {
      if (name === "report" && schemas[id] === undefined) continue; // added by the validator's engineer
      expect(schemas[id], name).toMatchObject({ $id: id });
    }
  });

  it("reports the standard's version and annotation keywords", () => {
    expect(schemaVersion).toBe("1.1");
    expect(annotationKeywords).toEqual(["x-czt-title", "x-czt-sensitivity", "x-czt-codelist"]);
  });

  it("carries every version: the releases and the current one, each with its own ids", () => {
    expect(standardVersions).toEqual(["1.0", "1.1"]);
    expect(releasedVersions).toEqual(["1.0"]);
    expect(currentVersion).toBe("1.1");
    expect(schemaVersion).toBe(currentVersion);
    expect(isStandardVersion("1.0")).toBe(true);
    expect(isStandardVersion("2.3")).toBe(false);
    expect(isStandardVersion(1.1)).toBe(false);
    for (const version of standardVersions) {
      const standard = standards[version];
      expect(standard.version).toBe(version);
      expect(standard.schemaBase).toBe(`https://czt-ss.org/schemas/${version}/`);
      const ids = schemaIdsAt(standard.schemaBase);
      expect(standard.schemas[ids.package], version).toMatchObject({ $id: ids.package, properties: { schemaVersion: { const: version } } });
      expect(standard.schemas[standard.metaSchemaId], version).toBeDefined();
      expect(standard.codeLists["sex"]?.codes.length, version).toBeGreaterThan(0);
      expect(standard.sensitivePointers["person"]?.["/idNumber"], version).toBe("identifier");
      expect(standard.codeListPointers["person"]?.["/sex"], version).toBe("sex");
      expect(Object.keys(standard.openapiDocuments), version).toEqual(["czt-exchange"]);
    }
    expect(standards["1.1"].schemas).toBe(schemas);
    expect(recordSchemaIds.person).toBe("https://czt-ss.org/schemas/1.1/person.schema.json");
  });

  it("looks up code-list entries with their extra columns", () => {
    expect(codeEntry("insuranceScheme", "pension.resident")).toMatchObject({ family: "pension", employeeScheme: false, localCodes: ["150", "170"] });
    expect(codeEntry("insuranceScheme", "maternity")?.status).toBe("deprecated");
    expect(codeEntry("assistanceProgramme", "charityRelief")?.pillar).toBe("mutualAid");
    expect(codeEntry("sex", "3")).toBeUndefined();
    expect(codeLists.relationToHead.openness).toBe("closed");
  });

  it("lists the sensitive fields of each record type", () => {
    expect(sensitivePointers.person).toMatchObject({ "/idNumber": "identifier", "/documents/*/number": "identifier", "/name": "personal", "/contact/mobile": "personal" });
    expect(sensitivePointers.assistance["/perCapitaIncome"]).toBe("special");
    expect(sensitivePointers.enrolment["/contributions/*/monthlyBase"]).toBe("special");
    expect(sensitivePointers.person["/sex"]).toBeUndefined();
  });

  it("maps coded fields to their code lists, through shared definitions and arrays", () => {
    expect(codeListPointers.person).toMatchObject({ "/sex": "sex", "/documents/*/type": "documentType", "/meta/sourceAgency/department": "department" });
    expect(codeListPointers.assistance["/household/members/*/relationToHead"]).toBe("relationToHead");
    expect(codeListPointers.transfer["/steps/*/status"]).toBe("transferStatus");
    for (const pointers of Object.values(codeListPointers)) for (const list of Object.values(pointers)) expect(codeLists[list], list).toBeDefined();
  });

  it("includes the OpenAPI documents of schemas/openapi, parsed", () => {
    for (const document of Object.values(openapiDocuments)) expect(document).toHaveProperty("openapi");
  });
});

describe("browser safety", () => {
  it("no module of the package imports node built-ins", () => {
    const dir = join(import.meta.dirname, "../src");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/from "(node:)?(fs|path|url|process)"/);
  });
});
