-- dataset.unemployment-benefit-while-employed: an unemployment benefit over the period of an enrolment of the same
-- person that names an employer and is still contributing (not medical insurance); one finding per such enrolment.
-- Persons matched by identity number across cities; terminated benefits without an end are left out. Where the
-- enrolment's paid months are all known (paid_months_known), the employer must also have paid for a month the
-- benefit touches (one of its month ranges meets the benefit's months); otherwise the periods alone decide.
WITH benefit AS (
  SELECT b.ord, b.id, b.city, b.code AS benefit_type, b.start_day, COALESCE(b.end_day, 2147483647) AS last_day,
         b.start_month, COALESCE(b.end_month, 2147483647) AS last_month,
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
         COALESCE(e.paid_months_known, FALSE) AS paid_months_known,
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
WHERE NOT contributing.paid_months_known
   OR EXISTS (
     SELECT 1
     FROM dataset_month_range AS paid
     WHERE paid.ord = contributing.ord
       AND paid.first_month <= benefit.last_month
       AND benefit.start_month <= paid.last_month
   )
