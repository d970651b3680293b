import type { RecordRule } from "../rule.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** When the members are listed, coveredMembers counts those marked covered. */
export const assistanceCoveredMembersCountRule: RecordRule = {
  kind: "record",
  id: "assistance.covered-members-count",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "保障人数与所列成员一致", en: "Covered members match the members listed" },
  message: {
    zh: "coveredMembers 应为 {expected}（所列 {listed} 名成员中 covered 为 true 的人数），实为 {actual}",
    en: "coveredMembers should be {expected} (the members marked covered: true among the {listed} listed), found {actual}",
  },
  guidance: {
    zh: "coveredMembers 是按人计发救助金的保障人数；列出 household.members 时，它必须等于其中 covered 为 true 的人数。低保金（assistance.dibao-benefit）按 coveredMembers 计算，人数错了金额也随之出错。通常是增减保障对象后只改了一处。未列成员时本规则不核对。",
    en: "coveredMembers is the number of people the benefit is paid for; when household.members is listed it must equal the members marked covered: true. The 低保 benefit (assistance.dibao-benefit) is computed from coveredMembers, so a wrong count gives a wrong amount. Usually a member was added or removed in one place only. Without a member list there is nothing to check.",
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const assistance = record as unknown as AssistanceView;
    const members = assistance.household?.members;
    if (!members || assistance.coveredMembers === undefined) return;
    let expected = 0;
    for (const member of members) if (member.covered) expected++;
    if (assistance.coveredMembers !== expected) emit("/coveredMembers", { expected, listed: members.length, actual: assistance.coveredMembers });
  },
};
