-- dataset.contributing-after-death: an enrolment of a person who died (the earliest death any city's person record
-- of that identity number gives) that is still contributing (contributionStatus 1), or runs past the month of death.
SELECT e.ord,
       CASE WHEN e.status = '1' THEN '/contributionStatus' ELSE '/period/end' END AS pointer,
       person_death.death_date_masked AS death_date,
       person_death.death_record_id
FROM dataset_index AS e
JOIN first_with_id ON first_with_id.id = e.person_id
JOIN person_key ON person_key.ord = first_with_id.first_ord
JOIN person_death ON person_death.person_group = person_key.person_group
WHERE e.record_type = 'enrolment'
  AND (
    e.status = '1'
    OR (e.end_day IS NOT NULL AND person_death.death_day < 2147483646 AND e.end_day > person_death.death_month_last_day)
  )
