import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { strictAjv } from "./support/ajv.js";
import { committedSchemas, sources } from "./support/sources.js";

const ajv = strictAjv(committedSchemas);
const validateList = ajv.getSchema("https://czt-ss.org/schemas/1.1/codelists/codelist.schema.json")!;
const byId = new Map(sources.codeLists.map((s) => [s.json.id, s.json]));

describe("code lists", () => {
  it("has every list the model contract names", () => {
    const contract = [
      "sex", "ethnicity", "documentType", "residenceType", "hukouCategory", "relationToHead", "insuranceScheme",
      "contributionStatus", "employmentStatus", "department", "transferKind", "transferStatus", "transferReason",
      "assistanceProgramme", "caseStatus", "charityFundingSource", "specialCareCategory",
      "paymentStatus",
      "accountKind",
      "fundingSource",
      "participationType",
      "enrolmentEndReason",
      "contributionKind",
      "contributionPayer",
      "benefitFrequency",
      "benefitKind",
      "dibaoCategory",
      "povertyCause",
      "labourCapacity",
      "disabilityCategory",
      "disabilityGrade",
      "healthCondition",
      "classifiedSupplementReason",
      "reviewOutcome",
      "legalSupportObligation",
      "benefitType",
      "benefitStatus",
            "benefitEndReason",
      "medicalRegistrationType",
      "transferDocumentKind",
      "vitalStatus",
      "vitalStatusSource",
      "readPurpose",
      "organisationKind",
      "institutionOwnership",
      "charityPurpose",
      "donorType",
      "specialCareDisabilityGrade",
      "specialCareDisabilityNature",
    ];
    expect([...byId.keys()].sort()).toEqual([...contract].sort());
  });

  describe.each(sources.codeLists.map((s) => [s.json.id, s] as const))("%s", (_id, source) => {
    const list = source.json;

    it("is valid against codelist.schema.json", () => {
      const valid = validateList(list);
      expect(validateList.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it("has an id equal to its file name", () => {
      expect(`${list.id}.json`).toBe(basename(source.path));
    });

    it("has unique codes", () => {
      const codes = list.codes.map((entry) => entry.code);
      expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    });

    it("fills exactly its declared extra columns on every entry", () => {
      const declared = [...(list.columns ?? [])].sort();
      for (const entry of list.codes) {
        const extra = Object.keys(entry).filter((key) => !["code", "title", "description", "status", "since", "until"].includes(key));
        expect(extra.sort(), `${list.id} ${entry.code}`).toEqual(declared);
      }
    });

    it("dates a code's end only after its start", () => {
      for (const entry of list.codes) {
        if (entry.since !== undefined && entry.until !== undefined) expect(entry.since < entry.until, entry.code).toBe(true);
        if (entry.status === "retired") expect(entry.until, `${entry.code} is retired without an until date`).toBeDefined();
      }
    });
  });

  it("carries the columns the brief requires", () => {
    expect(byId.get("insuranceScheme")?.columns).toEqual(["family", "employeeScheme", "localCodes", "supplements", "localCodesBySystem"]);
    expect(byId.get("documentType")?.columns).toEqual(["localCodes", "localCodesBySystem"]);
    expect(byId.get("assistanceProgramme")?.columns).toEqual(["pillar"]);
  });

  it("rejects a list with a translated code or an unknown status", () => {
    const bad = { id: "sex", title: { zh: "性别", en: "Sex" }, openness: "closed", source: "x", codes: [{ code: "男", title: { zh: "男", en: "Male" }, status: "current" }] };
    expect(validateList(bad)).toBe(false);
    expect(validateList.errors?.map((e) => e.instancePath).sort()).toEqual(["/codes/0/code", "/codes/0/status"]);
  });
});
