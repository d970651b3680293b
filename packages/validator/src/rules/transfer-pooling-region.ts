import type { RecordRule } from "../rule.js";
import { divisionValidOn } from "./support/division-validity.js";
import { transferDate } from "./support/pooling.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * Each side's pooling region is a GB/T 2260 code in force on the transfer's date. The
 * division table knows the codes of the three cities, dated; any other code is judged by
 * its format and its province part only (`@czt/domain`'s `isDivisionValidOn`).
 */
export const transferPoolingRegionRule: RecordRule = {
  kind: "record",
  id: "transfer.pooling-region",
  severity: "error",
  category: "code",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "统筹区代码在转移日期有效", en: "Pooling region valid on the transfer's date" },
  message: {
    zh: "{side}的统筹区 {division} 在 {date} 不是有效的 GB/T 2260 代码",
    en: "The {side} pooling region {division} is not a GB/T 2260 code in force on {date}",
  },
  guidance: {
    zh: "from.city、to.city 是统筹区的行政区划代码（1.1 起可为三市以外的任何统筹区，如 440100 广州市、511621 岳池县）。按转移日期（第一步的日期）判断：长沙、株洲、湘潭的代码逐个按区划表的启用、撤销日期判断；其他地区的代码区划表并不全部收录，只检查格式和省级部分（前两位是否为有效的省级代码）。",
    en: "from.city and to.city are the division codes of pooling regions (since 1.1 any region, e.g. 440100 Guangzhou, 511621 Yuechi County). They are judged on the transfer's date (its first step): codes of Changsha, Zhuzhou and Xiangtan one by one against the dated division table; the table does not hold every other code, so elsewhere only the format and the province part (the first two digits) are checked.",
  },
  paramSources: { division: { field: ["/from/city", "/to/city"] } },
  check(record, _context, emit) {
    // The rule applies to transfers only, and the schema requires a first step (the date).
    const transfer = record as unknown as TransferView;
    const date = transferDate(transfer)!;
    if (!divisionValidOn(transfer.from.city, date)) emit("/from/city", { division: transfer.from.city, date, side: "from", "side.zh": "转出方", "side.en": "source" });
    if (!divisionValidOn(transfer.to.city, date)) emit("/to/city", { division: transfer.to.city, date, side: "to", "side.zh": "转入方", "side.en": "receiving" });
  },
};
