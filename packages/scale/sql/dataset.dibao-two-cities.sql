-- dataset.dibao-two-cities: an approved 低保 case overlapping an earlier 低保 case of another (known) city for the same beneficiary.
-- As the in-memory sweep: beneficiaries are the case's personId and covered household members, else its head,
-- matched across cities by identity number (an id no person record has stands for itself). Each beneficiary's
-- approved 低保 and 特困 cases in order of start (then input order); for each (category, city) seen before a case,
-- the earlier case reaching furthest (the first of those) overlaps it when it ends on or after its start.
-- A pair of cases is reported once however many beneficiaries share it. Terminated cases without an end are left out.
WITH first_with_id AS (
  SELECT id, MIN(ord) AS first_ord
  FROM dataset_index
  WHERE id IS NOT NULL
  GROUP BY id
),
person_key AS (
  SELECT ord, CASE WHEN id_number_hash IS NOT NULL THEN 'n:' || id_number_hash ELSE 'p:' || CAST(ord AS VARCHAR) END AS person_group
  FROM dataset_index
  WHERE record_type = 'person'
),
assistance_case AS (
  SELECT ord, id, city, code AS programme, assistance_category AS category, start_day, COALESCE(end_day, 2147483647) AS last_day, person_id
  FROM dataset_index
  WHERE record_type = 'assistance'
    AND assistance_category IS NOT NULL
    AND status IN ('active', 'suspended', 'terminated')
    AND NOT (status = 'terminated' AND end_day IS NULL)
),
named AS (
  SELECT ord, person_id AS person_ref FROM assistance_case WHERE person_id IS NOT NULL
  UNION ALL
  SELECT r.ord, r.reference AS person_ref
  FROM dataset_reference AS r
  JOIN assistance_case AS c ON c.ord = r.ord
  WHERE r.pointer LIKE '/household/members/%' AND r.covered = TRUE
),
beneficiary_ref AS (
  SELECT ord, person_ref FROM named
  UNION ALL
  SELECT r.ord, r.reference AS person_ref
  FROM dataset_reference AS r
  JOIN assistance_case AS c ON c.ord = r.ord
  WHERE r.pointer = '/household/headPersonId'
    AND NOT EXISTS (SELECT 1 FROM named WHERE named.ord = r.ord)
),
beneficiary AS (
  SELECT DISTINCT b.ord, COALESCE(person_key.person_group, 'u:' || b.person_ref) AS person_group
  FROM beneficiary_ref AS b
  LEFT JOIN first_with_id ON first_with_id.id = b.person_ref
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
),
case_row AS (
  SELECT beneficiary.person_group, c.ord, c.id, c.city, c.programme, c.category, c.start_day, c.last_day
  FROM beneficiary
  JOIN assistance_case AS c ON c.ord = beneficiary.ord
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
SELECT DISTINCT later_ord AS ord, '/city' AS pointer, later_city AS city, earlier_city AS other_city, earlier_id AS other_id
FROM furthest
WHERE reach_rank = 1
  AND earlier_last >= later_start
  AND later_category = 'dibao' AND earlier_category = 'dibao'
  AND later_city IS NOT NULL AND earlier_city IS NOT NULL AND later_city <> earlier_city
