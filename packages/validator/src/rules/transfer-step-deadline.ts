import type { RecordRule } from "../rule.js";
import { dayNumber } from "./support/iso-date.js";
import { parameterTables, workingDaysBetween } from "./support/parameter-tables.js";
import { movesBetweenPools } from "./support/pooling.js";
import { asTransfer } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** 国办发〔2009〕66号: each office has 15 working days for its step. */
const limit = 15;

/**
 * The transfers the deadlines are for: 国办发〔2009〕66号 times the enterprise employee
 * pension transfer between two pools only. Medical, unemployment, linking, institution and
 * resident transfers follow other procedures whose limits the standard does not encode, and
 * a move within one pool is a registration change without letter or funds.
 */
const timedKinds: ReadonlySet<string> = new Set(["pension.employee.intercity"]);

/** Statuses that end a step of the office workflow and so have a deadline. */
const timedSteps: ReadonlySet<string> = new Set(["letterIssued", "fundsTransferred", "completed"]);
/** Statuses after which the next step is still awaited. */
const openStatuses: ReadonlySet<string> = new Set(["requested", "letterIssued", "fundsTransferred"]);

/** Each transfer step is done within 15 working days of the previous one (warning). */
export const transferStepDeadlineRule: RecordRule = {
  kind: "record",
  id: "transfer.step-deadline",
  severity: "warning",
  category: "workflow",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "转移步骤 15 个工作日时限", en: "Transfer step within 15 working days" },
  message: {
    zh: "从 {fromStatus}（{fromDate}）到 {toStatus}（{toDate}）用了 {workingDays} 个工作日，超过 15 个工作日时限",
    en: "From {fromStatus} ({fromDate}) to {toStatus} ({toDate}) took {workingDays} working days, more than the 15-working-day limit",
  },
  guidance: {
    zh: "国办发〔2009〕66号：企业职工基本养老保险跨统筹区转移（pension.employee.intercity，两地按参数表 poolingRegime 分属不同统筹区）中，接收联系函、转移基金和信息表、办结各步骤均应在 15 个工作日内完成；同一统筹区内的变更登记、医疗和失业保险转移、城乡衔接、机关事业单位和城乡居民养老转移另有规定，本规则不检查；尚未办结的转移按核对日期（--as-of）计算。工作日为周一至周五，扣除参数文件 workingDayCalendar 所列节假日并加上调休上班日；未提供日历时仅按周一至周五计算。",
    en: "国办发〔2009〕66号: in an enterprise employee pension transfer between two pools (pension.employee.intercity, pools by the poolingRegime parameter table) the contact letter, the transfer of funds and information sheet, and completion each take at most 15 working days (registration changes within one pool, medical, unemployment, linking, institution and resident-pension transfers follow other procedures and are not checked); a pending transfer is measured to the as-of date. Working days are Monday–Friday minus the holidays and plus the working weekends of the parameter file's workingDayCalendar; without a calendar, Monday–Friday only.",
  },
  paramSources: {
    fromStatus: { field: "/steps/*/status", codeList: "transferStatus" },
    toStatus: { field: "/steps/*/status", codeList: "transferStatus" },
  },
  check(record, context, emit) {
    const transfer = asTransfer(record);
    if (!transfer || !timedKinds.has(transfer.kind) || movesBetweenPools(transfer, context.parameters) === false) return;
    const tables = parameterTables(context.parameters);
    const steps = transfer.steps;
    // The schema requires a first step.
    let toDay = dayNumber(steps[0]!.at);
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i]!;
      const fromDay = toDay;
      toDay = dayNumber(step.at);
      if (!timedSteps.has(step.status)) continue;
      const previous = steps[i - 1]!;
      // Fewer calendar days than the limit cannot exceed it, holidays or not (the common case).
      // Stryker disable next-line ArithmeticOperator: a sum of two day numbers is over the limit too, and the working days are counted then
      if (toDay - fromDay <= limit) continue;
      const workingDays = workingDaysBetween(tables, fromDay, toDay);
      if (workingDays > limit) {
        emit(`/steps/${i}/at`, {
          fromStatus: previous.status,
          fromDate: previous.at.slice(0, 10),
          toStatus: step.status,
          toDate: step.at.slice(0, 10),
          workingDays,
        });
      }
    }
    const last = steps[steps.length - 1];
    if (last && openStatuses.has(last.status) && openStatuses.has(transfer.status)) {
      const workingDays = workingDaysBetween(tables, dayNumber(last.at), dayNumber(context.asOf));
      if (workingDays > limit) {
        emit(`/steps/${steps.length - 1}`, {
          fromStatus: last.status,
          fromDate: last.at.slice(0, 10),
          toStatus: "asOf",
          "toStatus.zh": "核对日期",
          "toStatus.en": "the as-of date",
          toDate: context.asOf,
          workingDays,
        });
      }
    }
  },
};
