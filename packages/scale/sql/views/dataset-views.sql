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
