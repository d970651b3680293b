/**
 * The columns of the dataset index as Parquet (`czt validate --emit-index`), in order:
 * the contract between the writer, the SQL rules and whoever runs them elsewhere
 * (docs/scale.md lists them from here). Days are days since 1970-01-01 (`DATE '1970-01-01'
 * + start_day`); an open end is NULL. No name, and no identity number in clear: a SHA-256
 * of the number joins persons across files and cities, its masked form fills messages.
 */
export interface IndexColumn {
  readonly name: string;
  /** SQL type (DuckDB spelling; the same names in Spark SQL and Trino). */
  readonly type: "BIGINT" | "INTEGER" | "VARCHAR" | "BOOLEAN";
  readonly description: string;
}

export const indexColumns: readonly IndexColumn[] = [
  { name: "run_id", type: "VARCHAR", description: "the validation run that wrote the file (a random UUID): files of one run share it" },
  { name: "seq", type: "BIGINT", description: "the record's number in that run (input order across the run's files)" },
  { name: "file", type: "VARCHAR", description: "the input file, as the findings name it" },
  { name: "line", type: "INTEGER", description: "1-based line (JSON Lines, CSV row) of the record's first character" },
  { name: "column_number", type: "INTEGER", description: "column of the record's first character when the format has one (JSON documents), else NULL" },
  { name: "record_index", type: "INTEGER", description: "0-based index of the record within its file" },
  { name: "record_type", type: "VARCHAR", description: "person, enrolment, transfer, assistance, benefit, medicalRegistration, medicalSettlement, organisation, donation" },
  { name: "id", type: "VARCHAR", description: "the record id" },
  { name: "city", type: "VARCHAR", description: "430100, 430200 or 430300; NULL when unknown" },
  { name: "id_number_hash", type: "VARCHAR", description: "person: SHA-256 (hex) of the identity number (a final x upper-cased)" },
  { name: "id_number_masked", type: "VARCHAR", description: "person: the identity number masked as reports show it (430102********1234)" },
  { name: "name_hash", type: "BIGINT", description: "person: 32-bit FNV-1a hash of the trimmed name" },
  { name: "person_id", type: "VARCHAR", description: "records about a person: the person id they name" },
  { name: "code", type: "VARCHAR", description: "person: sex; enrolment: scheme; transfer: kind; assistance: programme; benefit: benefitType (the code-list code)" },
  { name: "status", type: "VARCHAR", description: "enrolment: contributionStatus; transfer: status; assistance: caseStatus; benefit: status" },
  { name: "to_outside", type: "BOOLEAN", description: "transfer: the receiving side is outside the dataset (to.external, 1.1)" },
  { name: "start_day", type: "INTEGER", description: "person: birth day; enrolment, assistance, benefit: first day" },
  { name: "end_day", type: "INTEGER", description: "person: death day (2147483646: deceased, day unknown); enrolment, assistance, benefit: last day (inclusive); NULL: open" },
  { name: "death_date_masked", type: "VARCHAR", description: "person who died: the death date masked as reports show it (2*********; * for a day unknown)" },
  { name: "death_month_last_day", type: "INTEGER", description: "person who died on a known day: the last day of that month" },
  { name: "death_month", type: "INTEGER", description: "person who died on a known day: the month of death (year × 12 + month − 1)" },
  { name: "scheme_family", type: "VARCHAR", description: "enrolment: the family two enrolments overlap in (pension, medical, …; a supplement is a family of its own)" },
  { name: "employee_scheme", type: "BOOLEAN", description: "enrolment: whether its scheme is an employee scheme" },
  { name: "insurance_family", type: "VARCHAR", description: "enrolment: its scheme's family in the code list (pension, medical, …; a supplement in its main scheme's)" },
  { name: "has_employer", type: "BOOLEAN", description: "enrolment: whether it names an employer" },
  { name: "assistance_category", type: "VARCHAR", description: "assistance: dibao or tekun for the programmes the exclusivity rules compare, else NULL" },
  { name: "paid_on_death", type: "BOOLEAN", description: "benefit: paid because of a death (funeral grant, survivors' …), so a death does not stop it" },
  { name: "latest_paid_month", type: "INTEGER", description: "assistance, benefit: the latest month with an effective payment (year × 12 + month − 1); NULL: none" },
  { name: "latest_paid_line", type: "INTEGER", description: "assistance, benefit: that payment's index in payments" },
];

/**
 * The columns of the references (`<input>.references.parquet`, beside the index): one row
 * per id a record refers to, joined to its record by `run_id` and `seq`. A table of its
 * own rather than a list column, so that every engine joins it the same way.
 */
export const referenceColumns: readonly IndexColumn[] = [
  { name: "run_id", type: "VARCHAR", description: "the run of the referring record" },
  { name: "seq", type: "BIGINT", description: "the referring record's seq" },
  { name: "pointer", type: "VARCHAR", description: "JSON Pointer of the field holding the id (/personId, /household/members/0/personId, …)" },
  { name: "reference", type: "VARCHAR", description: "the id referred to" },
  { name: "expected_type", type: "VARCHAR", description: "the record type the id must name" },
  { name: "covered", type: "BOOLEAN", description: "household members: whether the case covers them; NULL for other references" },
  { name: "member_index", type: "INTEGER", description: "household members: their index in the household's members; NULL for other references" },
];
