import type { RecordRule } from "../rule.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The household's size counts everyone in it, so it is never smaller than the member list. */
export const assistanceHouseholdSizeRule: RecordRule = {
  kind: "record",
  id: "assistance.household-size",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "家庭人口不少于所列成员", en: "Household size at least the members listed" },
  message: {
    zh: "household.size 应不少于所列成员数 {listed}，实为 {actual}",
    en: "household.size should be at least {listed} (the members listed), found {actual}",
  },
  guidance: {
    zh: "household.size 是共同生活的家庭成员总数（含未纳入保障的成员），人均收入按它计算；household.members 可以只列部分成员，但所列人数不能多于家庭人口。通常是增加成员后未更新人口数。",
    en: "household.size is the number of people living together in the household (members not covered included), and the per-capita income is computed over it; household.members may list only some of them, but never more people than the household has. Usually a member was added without updating the size.",
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const household = (record as unknown as AssistanceView).household;
    if (!household?.members) return;
    if (household.size < household.members.length) emit("/household/size", { listed: household.members.length, actual: household.size });
  },
};
