-- dataset.pension-recipient-contributing: an employee pension enrolment still contributing (contributionStatus 1)
-- over the period of a basic pension the same person draws (persons matched by identity number across cities);
-- one finding per enrolment, with the first such pension in order of start. Terminated benefits without an end are left out.
WITH benefit AS (
  SELECT b.ord, b.id, b.city, b.code AS benefit_type, b.start_day, COALESCE(b.end_day, 2147483647) AS last_day,
         record_person.person_group
  FROM dataset_index AS b
  JOIN record_person ON record_person.ord = b.ord
  WHERE b.record_type = 'benefit'
    AND b.person_id IS NOT NULL
    AND b.code IN ('pension.employee', 'pension.institution', 'pension.resident')
    AND NOT (COALESCE(b.status, '') = 'terminated' AND b.end_day IS NULL)
),
contributing AS (
  SELECT e.ord, e.id, e.city, e.code AS scheme, e.start_day, COALESCE(e.end_day, 2147483647) AS last_day,
         record_person.person_group
  FROM dataset_index AS e
  JOIN record_person ON record_person.ord = e.ord
  WHERE e.record_type = 'enrolment'
    AND e.person_id IS NOT NULL
    AND e.status = '1'
    AND e.insurance_family = 'pension' AND e.employee_scheme = TRUE
),
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
