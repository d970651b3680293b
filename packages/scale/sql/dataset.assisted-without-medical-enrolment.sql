-- dataset.assisted-without-medical-enrolment: an active 低保 or 特困 case in force on the run's as-of date covering a
-- person the dataset holds (its personId, covered household members other than it, else the head) who is alive
-- that day (a death of unknown day does not count) and has no basic medical enrolment (medical family, not a
-- supplement) in force that day in any city, matched by identity number. A dataset without any basic medical
-- enrolment is not judged.
WITH active_case AS (
  SELECT c.ord, c.code AS programme, c.person_id
  FROM dataset_index AS c
  CROSS JOIN run_setting
  WHERE c.record_type = 'assistance'
    AND c.assistance_category IS NOT NULL
    AND c.status = 'active'
    AND c.start_day <= run_setting.as_of_day
    AND COALESCE(c.end_day, 2147483647) >= run_setting.as_of_day
),
covered_person AS (
  SELECT b.ord, b.person_ref, b.pointer
  FROM case_beneficiary AS b
  JOIN active_case AS c ON c.ord = b.ord
  -- A member who is the case's own personId is that person, named once.
  WHERE b.beneficiary_index < 0 OR c.person_id IS NULL OR b.person_ref <> c.person_id
),
medical_enrolment AS (
  SELECT ord, person_id, start_day, end_day
  FROM dataset_index
  WHERE record_type = 'enrolment' AND scheme_family = 'medical'
),
insured AS (
  SELECT DISTINCT person_key.person_group
  FROM medical_enrolment AS e
  CROSS JOIN run_setting
  JOIN first_with_id ON first_with_id.id = e.person_id
  JOIN person_key ON person_key.ord = first_with_id.first_ord
  WHERE e.start_day <= run_setting.as_of_day AND COALESCE(e.end_day, 2147483647) >= run_setting.as_of_day
)
SELECT cp.ord, cp.pointer, cp.person_ref AS person_id, run_setting.as_of, c.programme
FROM covered_person AS cp
JOIN active_case AS c ON c.ord = cp.ord
CROSS JOIN run_setting
JOIN first_with_id ON first_with_id.id = cp.person_ref
JOIN person_key ON person_key.ord = first_with_id.first_ord
LEFT JOIN insured ON insured.person_group = person_key.person_group
LEFT JOIN person_death ON person_death.person_group = person_key.person_group
WHERE insured.person_group IS NULL
  AND (person_death.death_day IS NULL OR person_death.death_day > run_setting.as_of_day)
  AND EXISTS (SELECT 1 FROM medical_enrolment)
