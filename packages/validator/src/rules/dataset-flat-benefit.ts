import { Kind } from "../dataset/dataset-index.js";
import { defaultFlatBenefitMinHouseholds } from "../parameters.js";
import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { caseStatusCodes, dibaoProgrammes, programmeCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const paying: ReadonlySet<number> = new Set(["active", "suspended"].map((s) => caseStatusCodes.index.get(s) ?? -1));
// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const dibao: ReadonlySet<number> = new Set([...dibaoProgrammes].map((code) => programmeCodes.index.get(code) ?? -1));

/** What sets the equal-benefit households apart: their incomes (gap-based cases), their tiers (分档 cases), or both. */
function differenceOf(distinctIncomes: number, distinctTiers: number): Record<"difference.zh" | "difference.en", string> {
  const incomes = { zh: `其人均收入有 ${distinctIncomes} 种不同值`, en: `their per-capita incomes take ${distinctIncomes} different values` };
  const tiers = { zh: `分属 ${distinctTiers} 个不同档次`, en: `they are in ${distinctTiers} different tiers` };
  if (distinctTiers < 2) return { "difference.zh": incomes.zh, "difference.en": incomes.en };
  if (distinctIncomes < 2) return { "difference.zh": tiers.zh, "difference.en": tiers.en };
  return { "difference.zh": `${incomes.zh}，且${tiers.zh}`, "difference.en": `${incomes.en} and ${tiers.en}` };
}

/**
 * "平均保": many households of one city and programme get the same benefit per covered
 * member although their per-capita incomes differ. With benefit = (standard − income) ×
 * members, equal benefits per member imply equal incomes; a group of at least N
 * households (parameter `flatBenefit.minHouseholds`, default 5) sharing one benefit per
 * member with two or more different incomes is the pattern. In a 分档 programme the amount
 * is set by the tier (benefitTier), so equal amounts within one tier are lawful whatever
 * the incomes; equal amounts across two or more tiers mean the tiers make no difference,
 * which is the same pattern. Every case of the group is reported (warning), with the
 * group's size, so the whole group can be reviewed.
 */
export const datasetFlatBenefitRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.flat-benefit",
  severity: "warning",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "平均保", en: "Flat benefit regardless of income (平均保)" },
  message: {
    zh: "{city} {programme} 有 {households} 户每名保障对象领取相同的 {benefitPerMember} 分，而{difference}",
    en: "{households} households of {city} {programme} receive the same {benefitPerMember} fen per covered member although {difference}",
  },
  guidance: {
    zh: "《社会救助暂行办法》规定按差额补足，不论收入一律同额即“平均保”。同一市、同一项目中至少 N 户（参数 flatBenefit.minHouseholds，默认 5）人均保障金相同而人均收入不同时，报告该组每一户。分档救助（填写 benefitTier）按档次而非收入定额：同一档次内金额相同属正常，不报告；不同档次领取相同金额（档次形同虚设）则报告。只计在保（active/suspended）且填写了人均收入和保障人数的案件。",
    en: "社会救助暂行办法 tops income up to the standard; the same amount for all regardless of income is the criticised 平均保. When at least N households (parameter flatBenefit.minHouseholds, default 5) of a city and programme share one benefit per covered member with different per-capita incomes, every case of the group is reported. In a tiered (分档) programme (benefitTier recorded) the amount is set by the tier, not the income: equal amounts within one tier are lawful and not reported; equal amounts across different tiers (tiers that make no difference) are. Only paying (active/suspended) cases with income and covered members count.",
  },
  paramSources: {
    benefitPerMember: { derivedFrom: ["/benefitAmount", "/coveredMembers"] },
    programme: { field: "/programme", codeList: "assistanceProgramme" },
  },
  check(index, context, emit) {
    const minHouseholds = context.parameters.flatBenefit?.minHouseholds ?? defaultFlatBenefitMinHouseholds;
    const candidates: number[] = [];
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Assistance || !dibao.has(index.codeOf(slot)) || !paying.has(index.statusOf(slot))) continue;
      if (Number.isNaN(index.benefitPerMemberOf(slot)) || Number.isNaN(index.perCapitaIncomeOf(slot))) continue;
      candidates.push(slot);
    }
    candidates.sort(
      (a, b) =>
        index.cityOf(a) - index.cityOf(b) ||
        index.codeOf(a) - index.codeOf(b) ||
        index.benefitPerMemberOf(a) - index.benefitPerMemberOf(b) ||
        index.tierOf(a) - index.tierOf(b) ||
        index.perCapitaIncomeOf(a) - index.perCapitaIncomeOf(b) ||
        a - b,
    );
    let i = 0;
    while (i < candidates.length) {
      const first = candidates[i]!;
      let j = i;
      // Untiered cases differ by income; tiered ones (sorted after them) by tier.
      let distinctIncomes = 0;
      let distinctTiers = 0;
      while (j < candidates.length) {
        const slot = candidates[j]!;
        if (index.cityOf(slot) !== index.cityOf(first) || index.codeOf(slot) !== index.codeOf(first) || index.benefitPerMemberOf(slot) !== index.benefitPerMemberOf(first)) break;
        const previous = j > i ? candidates[j - 1]! : -1;
        const tier = index.tierOf(slot);
        if (tier === 0 && (previous < 0 || index.perCapitaIncomeOf(slot) !== index.perCapitaIncomeOf(previous))) distinctIncomes++;
        if (tier !== 0 && (previous < 0 || tier !== index.tierOf(previous))) distinctTiers++;
        j++;
      }
      const households = j - i;
      if (households >= minHouseholds && (distinctIncomes >= 2 || distinctTiers >= 2)) {
        const difference = differenceOf(distinctIncomes, distinctTiers);
        for (let k = i; k < j; k++) {
          const slot = candidates[k]!;
          emit(index.handleOf(slot), "/benefitAmount", {
            city: cityCodeOf(index.cityOf(slot)),
            // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose programme codes are all in the list: "unknown" is never reached
            programme: programmeCodes.codes[index.codeOf(slot) - 1] ?? "unknown",
            benefitPerMember: Math.round(index.benefitPerMemberOf(slot) * 100) / 100,
            households,
            distinctIncomes,
            distinctTiers,
            ...difference,
          });
        }
      }
      i = j;
    }
  },
};
