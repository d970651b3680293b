-- Views the rules share, created once per run after dataset_index and the item tables (dataset_reference,
-- dataset_agency, dataset_project, dataset_month_range), before any rule runs. Plain CREATE VIEW statements, one
-- per view, each ending with a semicolon at the end of a line: Spark SQL and Trino run them as they are (or as
-- CREATE TABLE … AS to compute each once, as DuckDB's runner does).

-- The first record (in input order) of each record id: what a reference by id resolves to.
CREATE VIEW first_with_id AS
SELECT id, MIN(ord) AS first_ord
FROM dataset_index
WHERE id IS NOT NULL
GROUP BY id;

-- The person group of each person record: its identity number's hash (one person across files and cities), else
-- the record itself. A record naming a person belongs to the group of the first record of that id when that one is
-- a person record; a person id no person record has stands for itself ('u:' || person_id).
CREATE VIEW person_key AS
SELECT ord, CASE WHEN id_number_hash IS NOT NULL THEN 'n:' || id_number_hash ELSE 'p:' || CAST(ord AS VARCHAR) END AS person_group
FROM dataset_index
WHERE record_type = 'person';

-- The person group of each record that names a person (its personId): the group of the first record of that id
-- when that one is a person record, else the id itself ('u:' || person_id).
CREATE VIEW record_person AS
SELECT r.ord, COALESCE(person_key.person_group, 'u:' || r.person_id) AS person_group
FROM dataset_index AS r
LEFT JOIN first_with_id ON first_with_id.id = r.person_id
LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
WHERE r.person_id IS NOT NULL;

-- The death of each person group: the earliest death day any of its person records gives (2147483646: deceased,
-- day unknown, after every real day), from the first record giving it.
CREATE VIEW person_death AS
SELECT person_group, death_day, death_month_last_day, death_month, death_date_masked, death_record_id
FROM (
  SELECT person_key.person_group, p.end_day AS death_day, p.death_month_last_day, p.death_month, p.death_date_masked, p.id AS death_record_id,
         ROW_NUMBER() OVER (PARTITION BY person_key.person_group ORDER BY p.end_day, p.ord) AS death_rank
  FROM dataset_index AS p
  JOIN person_key ON person_key.ord = p.ord
  WHERE p.end_day IS NOT NULL
) AS deaths
WHERE death_rank = 1;

-- The settings the rules run with: those of the run that wrote the last record (every row of a run has them).
CREATE VIEW run_setting AS
SELECT run_as_of AS as_of, run_as_of_day AS as_of_day, run_schema_version AS schema_version, run_flat_benefit_min_households AS flat_benefit_min_households
FROM dataset_index
WHERE ord = (SELECT MAX(ord) FROM dataset_index);

-- The people each assistance case is for: its personId (beneficiary_index -1) and the household members it covers
-- (their index in the household), else, when it names neither, the household head (beneficiary_index 0); pointer:
-- the field that names each.
CREATE VIEW case_beneficiary AS
SELECT ord, person_ref, beneficiary_index, pointer
FROM (
  SELECT ord, person_id AS person_ref, -1 AS beneficiary_index, '/personId' AS pointer
  FROM dataset_index
  WHERE record_type = 'assistance' AND person_id IS NOT NULL
  UNION ALL
  SELECT ord, reference AS person_ref, member_index AS beneficiary_index, pointer
  FROM dataset_reference
  WHERE member_index IS NOT NULL AND covered = TRUE
) AS named
UNION ALL
SELECT head.ord, head.reference AS person_ref, 0 AS beneficiary_index, head.pointer
FROM dataset_reference AS head
WHERE head.pointer = '/household/headPersonId'
  AND NOT EXISTS (SELECT 1 FROM dataset_index AS c WHERE c.ord = head.ord AND c.person_id IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM dataset_reference AS m WHERE m.ord = head.ord AND m.member_index IS NOT NULL AND m.covered = TRUE);

-- Overlapping enrolments as the in-memory sweep finds them (dataset.duplicate-enrolment, dataset.overlapping-medical):
-- enrolments of one person and overlap family in order of start (then input order); for each scheme seen before an
-- enrolment, the earlier enrolment of that scheme reaching furthest (the first of those in that order) overlaps it
-- when it ends on or after its start. Terminated enrolments (contributionStatus 3) without an end are left out.
CREATE VIEW enrolment_overlap AS
WITH enrolment AS (
  SELECT e.ord, e.id, e.city, e.code AS scheme, e.scheme_family, e.employee_scheme, e.start_day,
         COALESCE(e.end_day, 2147483647) AS last_day,
         record_person.person_group
  FROM dataset_index AS e
  JOIN record_person ON record_person.ord = e.ord
  WHERE e.record_type = 'enrolment'
    AND NOT (COALESCE(e.status, '') = '3' AND e.end_day IS NULL)
),
furthest AS (
  SELECT later.ord, later.start_day AS later_start, earlier.last_day AS earlier_last,
         later.scheme, later.city, later.scheme_family, later.employee_scheme,
         earlier.id AS earlier_id, earlier.scheme AS earlier_scheme, earlier.city AS earlier_city, earlier.employee_scheme AS earlier_employee_scheme,
         ROW_NUMBER() OVER (PARTITION BY later.ord, earlier.scheme ORDER BY earlier.last_day DESC, earlier.start_day, earlier.ord) AS reach_rank
  FROM enrolment AS later
  JOIN enrolment AS earlier
    ON earlier.person_group = later.person_group
   AND earlier.scheme_family = later.scheme_family
   AND (earlier.start_day < later.start_day OR (earlier.start_day = later.start_day AND earlier.ord < later.ord))
)
SELECT ord, scheme, city, scheme_family, employee_scheme, earlier_id, earlier_scheme, earlier_city, earlier_employee_scheme
FROM furthest
WHERE reach_rank = 1 AND earlier_last >= later_start;

-- Overlapping approved 低保 and 特困 cases as the in-memory sweep finds them (dataset.dibao-two-cities,
-- dataset.tekun-and-dibao): each beneficiary's (case_beneficiary, matched across cities by identity number) approved
-- cases in order of start (then input order); for each (category, city) seen before a case, the earlier case
-- reaching furthest (the first of those) overlaps it when it ends on or after its start. Terminated cases without
-- an end are left out. One row per pair and beneficiary.
CREATE VIEW assistance_overlap AS
WITH assistance_case AS (
  SELECT ord, id, city, code AS programme, assistance_category AS category, start_day, COALESCE(end_day, 2147483647) AS last_day
  FROM dataset_index
  WHERE record_type = 'assistance'
    AND assistance_category IS NOT NULL
    AND status IN ('active', 'suspended', 'terminated')
    AND NOT (status = 'terminated' AND end_day IS NULL)
),
case_row AS (
  SELECT DISTINCT COALESCE(person_key.person_group, 'u:' || b.person_ref) AS person_group,
         c.ord, c.id, c.city, c.programme, c.category, c.start_day, c.last_day
  FROM case_beneficiary AS b
  JOIN assistance_case AS c ON c.ord = b.ord
  LEFT JOIN first_with_id ON first_with_id.id = b.person_ref
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
),
furthest AS (
  SELECT later.ord AS later_ord, later.start_day AS later_start, later.city AS later_city, later.programme AS later_programme, later.category AS later_category,
         earlier.id AS earlier_id, earlier.last_day AS earlier_last, earlier.city AS earlier_city, earlier.programme AS earlier_programme, earlier.category AS earlier_category,
         ROW_NUMBER() OVER (
           PARTITION BY later.person_group, later.ord, earlier.category, earlier.city
           ORDER BY earlier.last_day DESC, earlier.start_day, earlier.ord
         ) AS reach_rank
  FROM case_row AS later
  JOIN case_row AS earlier
    ON earlier.person_group = later.person_group
   AND (earlier.start_day < later.start_day OR (earlier.start_day = later.start_day AND earlier.ord < later.ord))
)
SELECT later_ord, later_city, later_programme, later_category, earlier_id, earlier_city, earlier_programme, earlier_category
FROM furthest
WHERE reach_rank = 1 AND earlier_last >= later_start;
