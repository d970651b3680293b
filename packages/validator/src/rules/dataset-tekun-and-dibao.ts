import type { DatasetRule } from "../rule.js";
import { beneficiaryPeriods, categoryOf, sweepBeneficiaries } from "./support/assistance-periods.js";
import { programmeCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

/** A person is not supported as 特困 and receiving 低保 at the same time. */
export const datasetTekunAndDibaoRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.tekun-and-dibao",
  severity: "error",
  category: "duplicate",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "特困与低保同时享受", en: "特困 and 低保 at once" },
  message: {
    zh: "同一人同时享受 {programme} 与 {otherProgramme}（案件 {otherId}）",
    en: "The same person is in {programme} and in {otherProgramme} (case {otherId}) at the same time",
  },
  guidance: {
    zh: "特困人员供养与最低生活保障不同时享受（《社会救助暂行办法》、国发〔2016〕14号）：纳入特困供养的，应终止其低保。按公民身份号码匹配受益人，已批准案件按批准日至终止日计。",
    en: "特困 support and 低保 are not received together (社会救助暂行办法, 国发〔2016〕14号): a person taken into 特困 support leaves 低保. Beneficiaries are matched by identity number; approved cases count from approval to termination.",
  },
  paramSources: {
    programme: { field: "/programme", codeList: "assistanceProgramme" },
    otherProgramme: { field: "/programme", codeList: "assistanceProgramme" },
  },
  check(index, _context, emit) {
    sweepBeneficiaries(index, (later, earlier) => {
      const category = categoryOf(index, later);
      const otherCategory = categoryOf(index, earlier);
      if (category === otherCategory) return;
      emit(index.handleOf(later), "/programme", {
        // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose programme codes are all in the list: "unknown" is never reached
        programme: programmeCodes.codes[index.codeOf(later) - 1] ?? "unknown",
        // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose programme codes are all in the list: "unknown" is never reached
        otherProgramme: programmeCodes.codes[index.codeOf(earlier) - 1] ?? "unknown",
        otherId: index.idOf(earlier),
      });
    });
    // The last rule of the catalogue (after dataset.dibao-two-cities) to read the periods.
    beneficiaryPeriods.release(index);
  },
};
