import { codeEntry } from "@czt/schemas";
import type { FastifyRequest } from "fastify";
import { ProblemException } from "../http/problem.js";
import { isRecordId } from "../http/query.js";

/** The request header naming why personal data is read: a code of the list `readPurpose`. */
export const purposeHeader = "CZT-Purpose";
/** The request header naming the consent record a purpose that needs consent reads under. */
export const consentHeader = "CZT-Consent";

/** Why a request reads personal data, and under which consent. */
export interface ReadPurpose {
  /** The `readPurpose` code ("" only when the `skip-purpose` fault lets a read without one through). */
  code: string;
  consentRequired: boolean;
  /** The consent record named by `CZT-Consent`, when given. */
  consentId?: string;
}

/**
 * A 403 naming what is missing or wrong about the purpose or the consent: `type` says which of
 * the two (purpose-required, consent-required), the rule id exactly what, the pointer the header.
 */
export function readRefused(slug: "purpose-required" | "consent-required", ruleId: string, header: string, detail: string): ProblemException {
  const title = slug === "purpose-required" ? "A purpose is required" : "A valid consent is required";
  return new ProblemException(403, slug, title, detail, [{ ruleId, pointer: `/headers/${header}`, severity: "error", detail }]);
}

function singleHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  if (Array.isArray(value)) throw readRefused(name === purposeHeader ? "purpose-required" : "consent-required", "api.header-repeated", name, `${name} must be given once`);
  return value === undefined ? undefined : value.trim();
}

/** Reads `CZT-Purpose` (and `CZT-Consent`) of a request that reads personal data; a 403 when the purpose is absent or unknown. */
export function readPurposeOf(request: FastifyRequest): ReadPurpose {
  const code = singleHeader(request, purposeHeader);
  if (code === undefined || code === "") {
    throw readRefused(
      "purpose-required",
      "api.purpose-missing",
      purposeHeader,
      `a read of personal data names its purpose in the ${purposeHeader} header (a code of the readPurpose list, e.g. dibaoReview, benefitVerification)`,
    );
  }
  const entry = codeEntry("readPurpose", code);
  if (entry === undefined || entry.status === "retired") {
    throw readRefused("purpose-required", "api.purpose-unknown", purposeHeader, `${purposeHeader} "${code.slice(0, 64)}" is not a code of the readPurpose list`);
  }
  const consentId = singleHeader(request, consentHeader);
  if (consentId !== undefined && !isRecordId(consentId)) {
    throw readRefused("consent-required", "api.consent-unknown", consentHeader, `${consentHeader} must be the id of a consent record`);
  }
  const consentRequired = entry.consentRequired === true;
  if (consentRequired && consentId === undefined) {
    throw readRefused(
      "consent-required",
      "api.consent-missing",
      consentHeader,
      `the purpose ${code} (${entry.title.zh}) needs the person's consent: name the consent record in the ${consentHeader} header`,
    );
  }
  return { code, consentRequired, ...(consentId === undefined ? {} : { consentId }) };
}
