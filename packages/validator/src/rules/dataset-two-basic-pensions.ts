import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { benefitsByPerson, isBasicPensionSlot } from "./support/benefit-periods.js";
import { benefitTypeCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

/** One person draws two basic pensions over overlapping periods, in one city or across cities. */
export const datasetTwoBasicPensionsRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.two-basic-pensions",
  severity: "error",
  category: "duplicate",
  appliesTo: ["benefit"],
  versions: v1,
  title: { zh: "重复领取基本养老金", en: "Two basic pensions at once" },
  message: {
    zh: "同一人的 {benefitType}（{city}）与待遇 {otherId} 的 {otherBenefitType}（{otherCity}）期间重叠",
    en: "The same person's {benefitType} ({city}) overlaps benefit {otherId}, {otherBenefitType} ({otherCity})",
  },
  guidance: {
    zh: "一人只能领取一份基本养老金：企业职工、机关事业单位与城乡居民基本养老金不得同时领取，也不得在两地同时领取（社会保险法第十六条，人社部发〔2014〕17号：已领取职工养老金的，终止并解除居民养老保险关系）。人员按公民身份号码跨市匹配；已终止且无结束日期的待遇不计。核实后终止其中一份并追回重复发放的金额。",
    en: "A person draws one basic pension only: not an enterprise-employee, institution and resident pension together, nor one in each of two cities (社会保险法 art. 16; 人社部发〔2014〕17号: a person drawing the employee pension leaves the resident scheme). Persons are matched across cities by identity number; terminated benefits without an end date are not counted. Verify, stop one of them and recover the amounts paid twice.",
  },
  paramSources: {
    benefitType: { field: "/benefitType", codeList: "benefitType" },
    otherBenefitType: { field: "/benefitType", codeList: "benefitType" },
  },
  check(index, _context, emit) {
    for (const list of benefitsByPerson(index).values()) {
      // In start order: a pension overlaps an earlier one when it starts before the furthest end so far.
      let furthest = -1;
      for (const slot of list) {
        if (!isBasicPensionSlot(index, slot)) continue;
        if (furthest >= 0 && index.startOf(slot) <= index.endOf(furthest)) {
          emit(index.handleOf(slot), "/period", {
            // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose benefit type codes are all in the list: "unknown" is never reached
            benefitType: benefitTypeCodes.codes[index.codeOf(slot) - 1] ?? "unknown",
            city: cityCodeOf(index.cityOf(slot)),
            otherId: index.idOf(furthest),
            // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose benefit type codes are all in the list: "unknown" is never reached
            otherBenefitType: benefitTypeCodes.codes[index.codeOf(furthest) - 1] ?? "unknown",
            otherCity: cityCodeOf(index.cityOf(furthest)),
          });
        }
        if (furthest < 0 || index.endOf(slot) > index.endOf(furthest)) furthest = slot;
      }
    }
  },
};
