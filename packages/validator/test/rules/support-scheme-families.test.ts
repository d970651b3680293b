import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { isBasicPensionSlot, isEmployeePensionScheme, isMedicalScheme, unemploymentBenefit } from "../../src/rules/support/benefit-periods.js";
import { benefitTypeCodes, employeeSchemes, isUnitEmployee, schemeCodes, schemeFamily, schemeSupplements } from "../../src/rules/support/code-tables.js";
import { isEmployeeSchemeCode, overlapFamilyOfScheme, overlapKind, overlapParams } from "../../src/rules/support/enrolment-periods.js";

const scheme = (code: string) => schemeCodes.index.get(code)!;

describe("scheme facts from the code list", () => {
  it("know the employee schemes, families and supplements", () => {
    expect(employeeSchemes.has("pension.employee")).toBe(true);
    expect(employeeSchemes.has("pension.resident")).toBe(false);
    expect(schemeFamily.get("medical.nrcms")).toBe("medical");
    expect(schemeFamily.get("longTermCare")).toBe("longTermCare");
    expect(schemeSupplements.get("medical.largeExpenseSubsidy")).toBe("medical.employee");
    expect(schemeSupplements.has("medical.employee")).toBe(false);
    expect(isUnitEmployee("selfEmployed")).toBe(false);
  });

  it("group a supplementary scheme in a family of its own, the others by family", () => {
    expect(overlapFamilyOfScheme(scheme("medical.employee"))).toBe("medical");
    expect(overlapFamilyOfScheme(scheme("medical.resident"))).toBe("medical");
    expect(overlapFamilyOfScheme(scheme("medical.largeExpenseSubsidy"))).toBe("medical.largeExpenseSubsidy");
    expect(overlapFamilyOfScheme(scheme("pension.resident"))).toBe("pension");
    expect(overlapFamilyOfScheme(0)).toBe("");
    expect(overlapFamilyOfScheme(schemeCodes.codes.length + 1)).toBe("");
    expect(isEmployeeSchemeCode(scheme("medical.employee"))).toBe(true);
    expect(isEmployeeSchemeCode(scheme("medical.resident"))).toBe(false);
    expect(isEmployeeSchemeCode(0)).toBe(false);
    expect(isEmployeeSchemeCode(schemeCodes.codes.length + 1)).toBe(false);
  });

  it("name how two overlapping enrolments of a family relate", () => {
    expect(overlapKind(scheme("pension.employee"), scheme("pension.employee"))).toBe("sameScheme");
    expect(overlapKind(scheme("medical.employee"), scheme("medical.resident"))).toBe("employeeAndResidentMedical");
    expect(overlapKind(scheme("medical.resident"), scheme("medical.employee"))).toBe("employeeAndResidentMedical");
    expect(overlapKind(scheme("medical.resident"), scheme("medical.nrcms"))).toBe("sameFamily");
    expect(overlapKind(scheme("medical.employee"), scheme("medical.retiredCadres"))).toBe("sameFamily");
    expect(overlapKind(scheme("pension.employee"), scheme("pension.resident"))).toBe("sameFamily");
  });

  it("know basic pensions, employee pension schemes, medical schemes and the unemployment benefit", () => {
    expect(isEmployeePensionScheme(scheme("pension.employee"))).toBe(true);
    expect(isEmployeePensionScheme(scheme("pension.institution"))).toBe(true);
    expect(isEmployeePensionScheme(scheme("pension.resident"))).toBe(false);
    expect(isEmployeePensionScheme(scheme("medical.employee"))).toBe(false);
    expect(isEmployeePensionScheme(0)).toBe(false);
    expect(isMedicalScheme(scheme("medical.nrcms"))).toBe(true);
    expect(isMedicalScheme(scheme("pension.resident"))).toBe(false);
    expect(isMedicalScheme(0)).toBe(false);
    expect(unemploymentBenefit).toBe(benefitTypeCodes.index.get("unemployment.benefit"));
    expect(unemploymentBenefit).toBeGreaterThan(0);
    const index = new DatasetIndex();
    const benefit = (id: string, benefitType: string) => ({ recordType: "benefit", id, personId: "P", city: "430100", benefitType, status: "inPayment", frequency: "monthly", period: { start: "2024-01-01" } });
    index.add(benefit("B0", "pension.resident"), 0);
    index.add(benefit("B1", "unemployment.benefit"), 1);
    expect(isBasicPensionSlot(index, 0)).toBe(true);
    expect(isBasicPensionSlot(index, 1)).toBe(false);
  });
});

describe("overlapParams", () => {
  it("names both enrolments' scheme and city and the earlier one's id", () => {
    const index = new DatasetIndex();
    const enrolment = (id: string, schemeCode: string, city: string) => ({
      recordType: "enrolment",
      id,
      personId: "P",
      scheme: schemeCode,
      city,
      contributionStatus: "1",
      period: { start: "2024-01-01" },
    });
    index.add(enrolment("E0", "medical.employee", "430200"), 0);
    index.add(enrolment("E1", "medical.resident", "430300"), 1);
    expect(overlapParams(index, 1, 0)).toEqual({
      scheme: "medical.resident",
      city: "430300",
      otherId: "E0",
      otherScheme: "medical.employee",
      otherCity: "430200",
    });
  });
});
