import type { RecordRule } from "../rule.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The status says how far the transfer got, and so does the last step: they must agree. */
export const transferStatusMatchesLastStepRule: RecordRule = {
  kind: "record",
  id: "transfer.status-matches-last-step",
  severity: "error",
  category: "workflow",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "转移状态与最后一步一致", en: "Transfer status matches its last step" },
  message: {
    zh: "status 应为 {stepCount} 个步骤中最后一步（{at}）的状态 {expected}，实为 {actual}",
    en: "status should be {expected}, the status of the last of the {stepCount} steps ({at}), found {actual}",
  },
  guidance: {
    zh: "status 是转移当前所处的环节，即 steps 中最后一步的状态：每办理一个环节就追加一步，并同步更新 status。两者不一致时无法判断转移办到了哪一步（例如 status 已是 completed，最后一步仍是 fundsTransferred）。补上缺少的步骤，或改正 status。",
    en: "status is where the transfer stands, i.e. the status of the last entry of steps: each new step is appended and status moves with it. When they disagree nobody can tell how far the transfer got (e.g. status completed while the last step is still fundsTransferred). Add the missing step or correct the status.",
  },
  paramSources: {
    expected: { field: "/steps/*/status", codeList: "transferStatus" },
    actual: { field: "/status", codeList: "transferStatus" },
  },
  check(record, _context, emit) {
    // The rule applies to transfers only, and the schema requires a step.
    const transfer = record as unknown as TransferView;
    const last = transfer.steps[transfer.steps.length - 1]!;
    if (transfer.status !== last.status) {
      emit("/status", { expected: last.status, actual: transfer.status, at: last.at, stepCount: transfer.steps.length });
    }
  },
};
