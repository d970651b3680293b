-- dataset.benefit-after-death: a benefit of a person who died (the earliest death any city's person record of that
-- identity number gives) still in payment, or running past the month of death; benefits paid because of a death are not reported.
SELECT e.ord,
       CASE WHEN e.status = 'inPayment' THEN '/status' ELSE '/period/end' END AS pointer,
       person_death.death_date_masked AS death_date,
       person_death.death_record_id
FROM dataset_index AS e
JOIN first_with_id ON first_with_id.id = e.person_id
JOIN person_key ON person_key.ord = first_with_id.first_ord
JOIN person_death ON person_death.person_group = person_key.person_group
WHERE e.record_type = 'benefit'
  AND COALESCE(e.paid_on_death, FALSE) = FALSE
  AND (
    e.status = 'inPayment'
    OR (e.end_day IS NOT NULL AND person_death.death_day < 2147483646 AND e.end_day > person_death.death_month_last_day)
  )
