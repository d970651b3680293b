import type { RecordRule } from "../rule.js";
import type { ConsentView } from "./support/record-view.js";

/** Consent records exist from 1.1. */
const fromV11: readonly string[] = ["1.1"];

/** A consent's last valid day is not before its first (both inclusive: a one-day consent has them equal). */
export const consentValidUntilRule: RecordRule = {
  kind: "record",
  id: "consent.valid-until",
  severity: "error",
  category: "date",
  appliesTo: ["consent"],
  versions: fromV11,
  title: { zh: "授权截止日不早于起始日", en: "A consent ends on or after the day it starts" },
  message: {
    zh: "授权截止日 validUntil（{validUntil}）早于起始日 validFrom（{validFrom}）",
    en: "The consent's validUntil ({validUntil}) is before its validFrom ({validFrom})",
  },
  guidance: {
    zh: "授权在 validFrom 至 validUntil 之间（含两端）有效；截止日早于起始日的授权不覆盖任何一天，多为两个日期填反。",
    en: "A consent is valid from validFrom to validUntil, both inclusive; one that ends before it starts covers no day at all — usually the two dates are swapped.",
  },
  check(record, _context, emit) {
    // The rule applies to consent records only.
    const consent = record as unknown as ConsentView;
    if (consent.validUntil !== undefined && consent.validUntil < consent.validFrom) {
      emit("/validUntil", { validUntil: consent.validUntil, validFrom: consent.validFrom });
    }
  },
};
