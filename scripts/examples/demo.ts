/**
 * The deliberately faulty demo export (examples/demo/zhuzhou-with-faults.jsonl): Zhuzhou's
 * JSON Lines export with four faults put in, generated so that it follows the examples
 * as scenarios are added. The root README shows what `czt validate` reports on it.
 */
import { zhuzhou } from "./agencies.js";
import { headerLine, jsonLinesText } from "./exports.js";
import type { CztRecord } from "./model.js";
import { population } from "./population/index.js";
import { staleAllowanceId, staleMonth } from "./scenarios/deaths.js";

type Json = Record<string, unknown>;

/** The faults, by record id: each changes one value of a clean record. */
const faults: Readonly<Record<string, (record: Json) => void>> = {
  // An identity number whose check character is wrong.
  "430200-P-000001": (person) => {
    person["idNumber"] = `${String(person["idNumber"]).slice(0, 17)}0`;
  },
  // One fen too much in the completed transfer's pooled fund.
  "430200-T-000001": (transfer) => {
    transfer["pooledFundAmount"] = Number(transfer["pooledFundAmount"]) + 1;
  },
  // A 低保 benefit 50 yuan short.
  "430200-A-000001": (dibao) => {
    dibao["benefitAmount"] = Number(dibao["benefitAmount"]) - 5_000;
  },
  // 冒领: the allowance of a woman who died in August paid for September (the bank did not return it).
  [staleAllowanceId]: (allowance) => {
    for (const line of allowance["payments"] as Json[]) if (line["month"] === staleMonth) delete line["status"];
  },
};

export function demoFiles(): Map<string, string> {
  const records = population[zhuzhou].map((record: CztRecord) => {
    const copy = structuredClone(record) as unknown as Json;
    faults[record.id]?.(copy);
    return copy;
  });
  return new Map([["demo/zhuzhou-with-faults.jsonl", jsonLinesText([headerLine(zhuzhou), ...records])]]);
}
