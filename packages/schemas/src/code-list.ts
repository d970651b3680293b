/** Shapes of the standard's code lists (`schemas/codelists/<id>.json`, see codelist.schema.json). */

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * active: use freely; deprecated: still valid, not for new data; retired: no longer valid
 * after `until`, but historic records keep it (the schemas accept every listed code and
 * the validator flags non-active ones).
 */
export type CodeStatus = "active" | "deprecated" | "retired";

/** closed: an unknown code is an error; open: a warning, and publishers may extend the list. */
export type CodeListOpenness = "open" | "closed";

export interface CodeListEntry {
  readonly code: string;
  readonly title: Bilingual;
  readonly description?: Bilingual;
  readonly status: CodeStatus;
  /** First date the code applies, `YYYY-MM-DD`. */
  readonly since?: string;
  /** Last date the code applies to new data, `YYYY-MM-DD`. */
  readonly until?: string;
  /** insuranceScheme: family of the scheme. */
  readonly family?: "pension" | "medical" | "unemployment" | "workInjury" | "maternity" | "longTermCare";
  /** insuranceScheme: an enrolment in this scheme names an employer. */
  readonly employeeScheme?: boolean;
  /** Codes for the same concept in local systems (several when systems differ). */
  readonly localCodes?: readonly string[];
  /** assistanceProgramme: pillar of the social security system. */
  readonly pillar?: "assistance" | "welfare" | "mutualAid" | "specialCare";
  /** participationType: an enrolment of this type names an employer. */
  readonly employerRequired?: boolean;
  /** insuranceScheme: the scheme this one supplements (held alongside it, not a duplicate). */
  readonly supplements?: readonly string[];
  /** Local codes qualified by source system: hrss = 人社 金保, nhsa = 医保 信息平台 (insutype), mps = 公安 (GA/T 517). */
  readonly localCodesBySystem?: { readonly hrss?: readonly string[]; readonly nhsa?: readonly string[]; readonly mps?: readonly string[] };
  /** readPurpose: a read for this purpose needs the person's consent (`CZT-Consent`). */
  readonly consentRequired?: boolean;
}

export type CodeListColumn = "family" | "employeeScheme" | "localCodes" | "pillar" | "employerRequired" | "supplements" | "localCodesBySystem" | "consentRequired";

export interface CodeList {
  readonly id: string;
  readonly title: Bilingual;
  readonly description?: Bilingual;
  readonly openness: CodeListOpenness;
  /** Where the codes come from, with confidence marks ([std], [impl], [policy]). */
  readonly source: string;
  readonly columns?: readonly CodeListColumn[];
  readonly codes: readonly CodeListEntry[];
}
