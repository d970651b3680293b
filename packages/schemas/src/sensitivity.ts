/**
 * Values of the `x-czt-sensitivity` annotation: identifier (identity and document
 * numbers), personal (names, addresses, phones, birth dates), special (health,
 * disability, income).
 */
export type Sensitivity = "identifier" | "personal" | "special";

/** Every record type; those after assistance were added in 1.1 and exist only in versions whose schemas define them. */
export type RecordType =
  | "person"
  | "enrolment"
  | "transfer"
  | "assistance"
  | "benefit"
  | "medicalRegistration"
  | "medicalSettlement"
  | "organisation"
  | "donation"
  | "consent";
