import type { RecordRule } from "../rule.js";
import { movesBetweenPools, poolingSchemeOf, poolOf, transferDate } from "./support/pooling.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The amounts that only move between pools. */
const fundFields = ["pooledFundAmount", "individualAccountBalance"] as const;

/** A move within one pool is a registration change (变更登记): no pooled fund and no account move. */
export const transferFundsWithinPoolRule: RecordRule = {
  kind: "record",
  id: "transfer.funds-within-pool",
  severity: "error",
  category: "amount",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "同一统筹区内转移不转移基金", en: "No funds move within one pool" },
  message: {
    zh: "{from} 与 {to} 在 {date} 同属统筹区 {pool}，该转移为变更登记，不转移基金，但 {field} 为 {amount} 分",
    en: "{from} and {to} are in one pool ({pool}) on {date}: the move is a registration change without funds, yet {field} is {amount} fen",
  },
  guidance: {
    zh: "企业职工基本养老保险实行省级统筹后，省内跨市流动只办理变更登记，统筹基金和个人账户都不转移（领域参考第 10 节）；医疗、失业保险默认按市统筹。统筹层次按转移日期（第一步的日期）取自参数表 poolingRegime（默认：湖南企业职工养老保险省级统筹，来源与可信程度见默认行）。金额填 0，或确认两地确属不同统筹区（提供本地的 poolingRegime 参数表）。",
    en: "Since the enterprise employee pension pools at provincial level, a move between two cities of one province is a registration change (变更登记): neither pooled fund nor individual account moves (domain reference §10); medical and unemployment insurance pool by city by default. The pool is read for the transfer's date (its first step) from the poolingRegime parameter table (default: Hunan pools the enterprise employee pension at provincial level; see the default rows for source and confidence). Record 0, or, where the two sides really are separate pools, supply the agency's poolingRegime table.",
  },
  paramSources: { amount: { fieldAtPointer: true } },
  check(record, context, emit) {
    // The rule applies to transfers only, and the schema requires a first step (the date).
    const transfer = record as unknown as TransferView;
    if (movesBetweenPools(transfer, context.parameters) !== false) return;
    const scheme = poolingSchemeOf(transfer.kind);
    const date = transferDate(transfer)!;
    if (scheme === undefined) return;
    const pool = poolOf(context.parameters.poolingRegime, scheme, transfer.from.city, date);
    for (const field of fundFields) {
      const amount = transfer[field];
      if (amount > 0) emit(`/${field}`, { from: transfer.from.city, to: transfer.to.city, date, pool, field, amount });
    }
  },
};
