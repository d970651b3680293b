-- dataset.pension-recipient-contributing: an employee pension enrolment still contributing (contributionStatus 1)
-- over the period of a basic pension the same person draws (persons matched by identity number across cities);
-- one finding per enrolment, with the first such pension in order of start. Terminated benefits without an end are left out.
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
benefit AS (
  SELECT b.ord, b.id, b.city, b.code AS benefit_type, b.start_day, COALESCE(b.end_day, 2147483647) AS last_day,
         COALESCE(person_key.person_group, 'u:' || b.person_id) AS person_group
  FROM dataset_index AS b
  LEFT JOIN first_with_id ON first_with_id.id = b.person_id
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
  WHERE b.record_type = 'benefit'
    AND b.person_id IS NOT NULL
    AND b.code IN ('pension.employee', 'pension.institution', 'pension.resident')
    AND NOT (COALESCE(b.status, '') = 'terminated' AND b.end_day IS NULL)
),
contributing AS (
  SELECT e.ord, e.id, e.city, e.code AS scheme, e.start_day, COALESCE(e.end_day, 2147483647) AS last_day,
         COALESCE(person_key.person_group, 'u:' || e.person_id) AS person_group
  FROM dataset_index AS e
  LEFT JOIN first_with_id ON first_with_id.id = e.person_id
  LEFT JOIN person_key ON person_key.ord = first_with_id.first_ord
  WHERE e.record_type = 'enrolment'
    AND e.person_id IS NOT NULL
    AND e.status = '1'
    AND e.insurance_family = 'pension' AND e.employee_scheme = TRUE
)
,
overlap AS (
  SELECT contributing.ord, contributing.scheme, contributing.city,
         benefit.id AS benefit_id, benefit.benefit_type, benefit.city AS benefit_city,
         ROW_NUMBER() OVER (PARTITION BY contributing.ord ORDER BY benefit.start_day, benefit.ord) AS first_rank
  FROM contributing
  JOIN benefit
    ON benefit.person_group = contributing.person_group
   AND contributing.start_day <= benefit.last_day
   AND benefit.start_day <= contributing.last_day
)
SELECT ord, '/contributionStatus' AS pointer,
       COALESCE(scheme, 'unknown') AS scheme,
       COALESCE(city, 'unknown') AS city,
       COALESCE(benefit_type, 'unknown') AS benefit_type,
       benefit_id,
       COALESCE(benefit_city, 'unknown') AS benefit_city
FROM overlap
WHERE first_rank = 1
