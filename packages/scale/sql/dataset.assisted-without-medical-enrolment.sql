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
named AS (
  SELECT ord, person_id AS person_ref, '/personId' AS pointer FROM active_case WHERE person_id IS NOT NULL
  UNION ALL
  SELECT r.ord, r.reference AS person_ref, r.pointer
  FROM dataset_reference AS r
  JOIN active_case AS c ON c.ord = r.ord
  WHERE r.member_index IS NOT NULL AND r.covered = TRUE AND (c.person_id IS NULL OR r.reference <> c.person_id)
),
covered_person AS (
  SELECT ord, person_ref, pointer FROM named
  UNION ALL
  SELECT r.ord, r.reference AS person_ref, r.pointer
  FROM dataset_reference AS r
  JOIN active_case AS c ON c.ord = r.ord
  WHERE r.pointer = '/household/headPersonId'
    AND NOT EXISTS (SELECT 1 FROM named WHERE named.ord = r.ord)
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
