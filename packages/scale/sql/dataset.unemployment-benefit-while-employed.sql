-- dataset.unemployment-benefit-while-employed: an unemployment benefit over the period of an enrolment of the same
-- person that names an employer and is still contributing (not medical insurance); one finding per such enrolment.
-- Persons matched by identity number across cities; terminated benefits without an end are left out.
WITH benefit AS (
  SELECT b.ord, b.id, b.city, b.code AS benefit_type, b.start_day, COALESCE(b.end_day, 2147483647) AS last_day,
         record_person.person_group
  FROM dataset_index AS b
  JOIN record_person ON record_person.ord = b.ord
  WHERE b.record_type = 'benefit'
    AND b.person_id IS NOT NULL
    AND b.code IN ('unemployment.benefit')
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
    AND e.has_employer = TRUE AND COALESCE(e.insurance_family, '') <> 'medical'
)

SELECT benefit.ord, '/period' AS pointer,
       contributing.id AS enrolment_id,
       COALESCE(contributing.scheme, 'unknown') AS scheme,
       COALESCE(contributing.city, 'unknown') AS city
FROM contributing
JOIN benefit
  ON benefit.person_group = contributing.person_group
 AND contributing.start_day <= benefit.last_day
 AND benefit.start_day <= contributing.last_day
