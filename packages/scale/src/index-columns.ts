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
  readonly type: "BIGINT" | "INTEGER" | "VARCHAR" | "BOOLEAN" | "DOUBLE";
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
  { name: "start_month", type: "INTEGER", description: "benefit: the month of its first day (year × 12 + month − 1)" },
  { name: "end_month", type: "INTEGER", description: "benefit: the month of its last day; NULL: open" },
  { name: "death_date_masked", type: "VARCHAR", description: "person who died: the death date masked as reports show it (2*********; * for a day unknown)" },
  { name: "death_month_last_day", type: "INTEGER", description: "person who died on a known day: the last day of that month" },
  { name: "death_month", type: "INTEGER", description: "person who died on a known day: the month of death (year × 12 + month − 1)" },
  { name: "scheme_family", type: "VARCHAR", description: "enrolment: the family two enrolments overlap in (pension, medical, …; a supplement is a family of its own)" },
  { name: "employee_scheme", type: "BOOLEAN", description: "enrolment: whether its scheme is an employee scheme" },
  { name: "insurance_family", type: "VARCHAR", description: "enrolment: its scheme's family in the code list (pension, medical, …; a supplement in its main scheme's)" },
  { name: "has_employer", type: "BOOLEAN", description: "enrolment: whether it names an employer" },
  { name: "paid_months_known", type: "BOOLEAN", description: "enrolment: whether its rows in months.parquet are every month it paid (it has some, and every contribution year but deemed ones says which months)" },
  { name: "assistance_category", type: "VARCHAR", description: "assistance: dibao or tekun for the programmes the exclusivity rules compare, else NULL" },
  { name: "paid_on_death", type: "BOOLEAN", description: "benefit: paid because of a death (funeral grant, survivors' …), so a death does not stop it" },
  { name: "latest_paid_month", type: "INTEGER", description: "assistance, benefit: the latest month with an effective payment (year × 12 + month − 1); NULL: none" },
  { name: "latest_paid_line", type: "INTEGER", description: "assistance, benefit: that payment's index in payments" },
  { name: "run_as_of", type: "VARCHAR", description: "the as-of date of the run that wrote the row (YYYY-MM-DD; the same in every row of a run)" },
  { name: "run_as_of_day", type: "INTEGER", description: "that date as a day number" },
  { name: "run_schema_version", type: "VARCHAR", description: "the schema version the run's dataset rules ran under (its last file's)" },
  { name: "run_flat_benefit_min_households", type: "INTEGER", description: "the run's parameter flatBenefit.minHouseholds (default 5)" },
  { name: "treatment_division", type: "INTEGER", description: "medicalRegistration, medicalSettlement: 就医地, the six-digit division code as a number" },
  { name: "insured_division", type: "INTEGER", description: "medicalSettlement: 参保地, the six-digit division code as a number" },
  { name: "capacity", type: "INTEGER", description: "organisation: its beds; NULL when not recorded" },
  { name: "stay_start_day", type: "INTEGER", description: "assistance in a welfare institution (1.1): first day of residence (admitted, else approved, else applied)" },
  { name: "stay_end_day", type: "INTEGER", description: "assistance in a welfare institution: last day of residence (inclusive; left, else terminated); NULL: open" },
  { name: "benefit_per_member", type: "DOUBLE", description: "assistance: benefitAmount ÷ covered members (fen); NULL when either is missing" },
  { name: "per_capita_income_hash", type: "BIGINT", description: "assistance: a 63-bit hash (SHA-256) of the per-capita income, NULL when not recorded: the rules compare incomes, never show them" },
  { name: "tier", type: "INTEGER", description: "assistance: benefitTier of a 分档 programme, 0 when the benefit is the income gap" },
  { name: "project_code", type: "VARCHAR", description: "donation: projectCode; assistance: charity.projectCode" },
  { name: "charity_purpose", type: "VARCHAR", description: "assistance: charity.purpose (the code)" },
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

/** A table of one row per item of a list a record holds, joined to its record by `run_id` and `seq`. */
export interface ItemTable {
  /** The table the rules read (with `ord` in place of `run_id` and `seq`). */
  readonly table: string;
  /** The file name's ending: `<input><suffix>`. */
  readonly suffix: string;
  readonly columns: readonly IndexColumn[];
}

const recordKey: readonly IndexColumn[] = [
  { name: "run_id", type: "VARCHAR", description: "the run of the record" },
  { name: "seq", type: "BIGINT", description: "the record's seq" },
];

/** The references, and the lists of records the dataset rules read item by item. */
export const itemTables: readonly ItemTable[] = [
  { table: "dataset_reference", suffix: ".references.parquet", columns: referenceColumns },
  {
    table: "dataset_agency",
    suffix: ".agencies.parquet",
    columns: [
      ...recordKey,
      { name: "item_index", type: "INTEGER", description: "the agency's place among the ones the record names first (0-based)" },
      { name: "pointer", type: "VARCHAR", description: "JSON Pointer of its creditCode (/agency/creditCode, /meta/sourceAgency/creditCode, …)" },
      { name: "credit_code", type: "VARCHAR", description: "its unified social credit code" },
      { name: "division", type: "VARCHAR", description: "its division code" },
      { name: "department", type: "VARCHAR", description: "its department (the code-list code)" },
    ],
  },
  {
    table: "dataset_project",
    suffix: ".projects.parquet",
    columns: [
      ...recordKey,
      { name: "item_index", type: "INTEGER", description: "the project's index in the organisation's projects" },
      { name: "code", type: "VARCHAR", description: "the project's code" },
      { name: "restricted", type: "BOOLEAN", description: "whether its funds are restricted (定向) to its purposes" },
      { name: "purposes", type: "VARCHAR", description: "its purposes (charityPurpose codes) joined by \", \"" },
    ],
  },
  {
    table: "dataset_month_range",
    suffix: ".months.parquet",
    columns: [
      ...recordKey,
      { name: "first_month", type: "INTEGER", description: "first month known paid (year × 12 + month − 1)" },
      { name: "last_month", type: "INTEGER", description: "last month of the range (inclusive)" },
    ],
  },
];
