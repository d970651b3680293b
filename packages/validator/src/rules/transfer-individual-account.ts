import type { RecordRule } from "../rule.js";
import { movesBetweenPools } from "./support/pooling.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The individual account moves in full: at least what the person paid into it. */
export const transferIndividualAccountRule: RecordRule = {
  kind: "record",
  id: "transfer.individual-account",
  severity: "error",
  category: "amount",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "个人账户全额转移", en: "Individual account moved in full" },
  message: {
    zh: "个人账户转移额 {actual} 分少于所列各年个人缴费之和 {minimum} 分",
    en: "individualAccountBalance {actual} fen is less than the sum of the listed individual contributions, {minimum} fen",
  },
  guidance: {
    zh: "国办发〔2009〕66号、人社部发〔2014〕17号：养老保险个人账户储存额全额转移，含利息，故不应少于个人缴费之和。仅适用于养老保险转移（pension.*）；医保个人账户可能已被使用，不检查。同一统筹区内的变更登记不转移个人账户，不检查（见 transfer.funds-within-pool）。",
    en: "国办发〔2009〕66号 and 人社部发〔2014〕17号: the pension individual account moves in full, with interest, so it is not less than the individual contributions. Pension transfers (pension.*) only: a medical personal account may have been spent. A registration change within one pool moves no account and is not checked (see transfer.funds-within-pool).",
  },
  paramSources: { actual: { field: "/individualAccountBalance" }, minimum: { derivedFrom: ["/contributions/*/individualAmount"] } },
  check(record, context, emit) {
    // The rule applies to this record type only.
    const transfer = record as unknown as TransferView;
    if (!transfer.kind.startsWith("pension.") || movesBetweenPools(transfer, context.parameters) === false) return;
    let minimum = 0;
    for (const year of transfer.contributions) minimum += year.individualAmount;
    if (transfer.individualAccountBalance < minimum) emit("/individualAccountBalance", { actual: transfer.individualAccountBalance, minimum });
  },
};
