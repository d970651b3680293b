/**
 * Values of the `x-czt-sensitivity` annotation: identifier (identity and document
 * numbers), personal (names, addresses, phones, birth dates), special (health,
 * disability, income).
 */
export type Sensitivity = "identifier" | "personal" | "special";

export type RecordType =
  | "person"
  | "enrolment"
  | "transfer"
  | "assistance"
  | "organisation"
  | "donation";
