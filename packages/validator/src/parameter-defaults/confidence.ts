/**
 * How sure the standard is of a default parameter row, after the marks of the domain
 * reference: `sure` (a national standard or statute read in full), `fairlySure` (a policy
 * seen in several sources, not read in its final text), `unsure` (an assumption to be
 * replaced by the agency's own figure).
 */
export type Confidence = "sure" | "fairlySure" | "unsure";

/** What every default row carries besides its figures: where it comes from and how sure it is. */
export interface DefaultRowProvenance {
  /** Document number, statute or URL the figure comes from. */
  readonly source: string;
  readonly confidence: Confidence;
}
