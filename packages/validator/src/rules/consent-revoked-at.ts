import type { RecordRule } from "../rule.js";
import type { ConsentView } from "./support/record-view.js";

/** Consent records exist from 1.1. */
const fromV11: readonly string[] = ["1.1"];

/** A revoked consent says when it was revoked, and one that is not revoked has no revocation time. */
export const consentRevokedAtRule: RecordRule = {
  kind: "record",
  id: "consent.revoked-at",
  severity: "error",
  category: "workflow",
  appliesTo: ["consent"],
  versions: fromV11,
  title: { zh: "撤回的授权注明撤回时间", en: "A revoked consent gives the time it was revoked" },
  message: {
    zh: "授权的 revoked 为 {revoked}，与撤回时间 revokedAt 不符（撤回的须填，未撤回的不填）",
    en: "The consent's revoked is {revoked}, which does not match its revokedAt (given exactly when revoked)",
  },
  guidance: {
    zh: "本人撤回授权（个人信息保护法第十五条）后，自撤回时起该授权不再覆盖任何查询：revoked 为 true 时须填 revokedAt；未撤回的授权不填 revokedAt。",
    en: "Once the person withdraws consent (个人信息保护法 art. 15) it covers no read from that moment on: revoked true needs revokedAt, and a consent that is not revoked has none.",
  },
  check(record, _context, emit) {
    // The rule applies to consent records only.
    const consent = record as unknown as ConsentView;
    if (consent.revoked === true && consent.revokedAt === undefined) emit("/revoked", { revoked: "true" });
    if (consent.revoked === false && consent.revokedAt !== undefined) emit("/revokedAt", { revoked: "false" });
  },
};
