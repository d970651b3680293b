import type { RecordRule } from "../rule.js";
import { asAssistance } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** GB/T 4761 家庭关系代码 02: 户主, the head of household. */
const head = "02";

function problem(zh: string, en: string) {
  return { problem: en, "problem.zh": zh, "problem.en": en };
}

/**
 * The listed members agree with `headPersonId`: at most one member coded 户主, and that
 * member is the head the case names. The list may leave people out (household.size counts
 * them), so a head who is not listed is `assistance.household-head-not-listed`, a warning.
 */
export const assistanceHouseholdHeadRule: RecordRule = {
  kind: "record",
  id: "assistance.household-head",
  severity: "error",
  category: "reference",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "户主与家庭成员一致", en: "Head of household consistent with the members" },
  message: {
    zh: "{problem}",
    en: "{problem}",
  },
  guidance: {
    zh: "一户只有一个户主：household.headPersonId 指向的成员在 household.members 中的与户主关系应为 02（户主），其他成员不能也编为 02。常见原因是换户主（原户主去世或迁出）后只改了一处，或把申请人的“本人”误编为户主。按户籍登记更正。",
    en: "A household has one head: the member household.headPersonId names is coded 02 (户主) in household.members, and no other member is. Usually the head changed (the former head died or moved out) and only one of the two places was updated, or the applicant was coded as head by mistake. Correct it from the household register.",
  },
  check(record, _context, emit) {
    const household = asAssistance(record)?.household;
    const members = household?.members;
    if (!household || !members) return;
    const coded = members.flatMap((member, index) => (member.relationToHead === head ? [index] : []));
    if (coded.length > 1) {
      const second = coded[1]!;
      emit(`/household/members/${second}/relationToHead`, {
        ...problem(`有 ${coded.length} 名成员的与户主关系都编为户主（02）：第 ${coded.map((index) => index + 1).join("、")} 名`, `${coded.length} members are coded 户主 (02): members ${coded.map((index) => index + 1).join(", ")} of the list`),
        count: coded.length,
      });
      return;
    }
    members.forEach((member, index) => {
      const isNamedHead = member.personId === household.headPersonId;
      if (isNamedHead === (member.relationToHead === head)) return;
      const text = isNamedHead
        ? problem(`户主（headPersonId）在成员中的与户主关系编为 ${member.relationToHead}，应为 02`, `the head (headPersonId) is coded ${member.relationToHead} among the members, not 02`)
        : problem(`第 ${index + 1} 名成员编为户主（02），但 headPersonId 指向另一人`, `member ${index + 1} of the list is coded 户主 (02) but headPersonId names someone else`);
      emit(`/household/members/${index}/relationToHead`, { ...text, relationToHead: member.relationToHead });
    });
  },
};
