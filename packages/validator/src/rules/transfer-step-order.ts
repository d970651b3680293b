import type { RecordRule } from "../rule.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * Whether timestamp `a` is before `b`. Timestamps written with the same length and the
 * same offset compare as strings; others (mixed offsets, fractions) are parsed.
 */
function before(a: string, b: string): boolean {
  if (a.length === b.length && sameOffset(a, b)) return a < b;
  return Date.parse(a) < Date.parse(b);
}

/** Equal offset suffixes: `+08:00` (six characters) or `Z`. Lengths are equal. */
function sameOffset(a: string, b: string): boolean {
  const n = a.length;
  const last = a.charCodeAt(n - 1);
  if (last === 90 || last === 122) return b.charCodeAt(n - 1) === 90 || b.charCodeAt(n - 1) === 122;
  for (let i = n - 6; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Steps are listed in the order they happened: timestamps never go back. */
export const transferStepOrderRule: RecordRule = {
  kind: "record",
  id: "transfer.step-order",
  severity: "error",
  category: "workflow",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "转移步骤时间顺序", en: "Transfer steps in time order" },
  message: {
    zh: "第 {index} 步（{status}）的时间 {at} 早于上一步的 {previousAt}",
    en: "step {index} ({status}) at {at} is earlier than the previous step at {previousAt}",
  },
  guidance: {
    zh: "steps 按发生先后排列（申请 → 联系函 → 转移资金 → 办结），时间不能倒退；比较时考虑时区偏移。通常是时区或日期录入错误。",
    en: "Steps are listed as they happened (request → contact letter → funds → completion) and time never goes back; offsets are taken into account. Usually a wrong offset or date.",
  },
  paramSources: { status: { field: "/steps/*/status", codeList: "transferStatus" } },
  check(record, _context, emit) {
    // The rule applies to transfers only, and the schema requires a first step.
    const steps = (record as unknown as TransferView).steps;
    let previousAt = steps[0]!.at;
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i]!;
      if (before(step.at, previousAt)) emit(`/steps/${i}/at`, { index: i, status: step.status, at: step.at, previousAt });
      else previousAt = step.at;
    }
  },
};
