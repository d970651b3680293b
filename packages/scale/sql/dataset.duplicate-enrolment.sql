-- dataset.duplicate-enrolment: an enrolment overlapping, in the same insurance family, an earlier one of the same person
-- (persons matched by identity number across cities), except employee with resident medical insurance
-- (dataset.overlapping-medical).
-- As the in-memory sweep: enrolments of one person and family in order of start (then input order); for each
-- scheme seen before an enrolment, the earlier enrolment of that scheme reaching furthest (the first of those
-- in that order) overlaps it when it ends on or after its start. Terminated enrolments without an end are left out.
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
enrolment AS (
  SELECT e.ord, e.id, e.city, e.code AS scheme, e.scheme_family, e.employee_scheme, e.start_day,
         COALESCE(e.end_day, 2147483647) AS last_day,
         COALESCE(person_key.person_group, 'u:' || e.person_id) AS person_group
  FROM dataset_index AS e
  LEFT JOIN first_with_id ON first_with_id.id = e.person_id
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
  WHERE e.record_type = 'enrolment'
    AND e.person_id IS NOT NULL
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
SELECT ord, '/period' AS pointer,
       COALESCE(scheme, 'unknown') AS scheme,
       COALESCE(city, 'unknown') AS city,
       earlier_id AS other_id,
       COALESCE(earlier_scheme, 'unknown') AS other_scheme,
       COALESCE(earlier_city, 'unknown') AS other_city
FROM furthest
WHERE reach_rank = 1
  AND earlier_last >= later_start
  AND NOT (
    COALESCE(scheme, '') <> COALESCE(earlier_scheme, '')
    AND scheme_family = 'medical'
    AND employee_scheme <> earlier_employee_scheme
  )
