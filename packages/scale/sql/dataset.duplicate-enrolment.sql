-- dataset.duplicate-enrolment: an enrolment overlapping, in the same insurance family, an earlier one of the same person
-- (the shared view enrolment_overlap: the in-memory sweep, persons matched by identity number across cities), except
-- employee with resident medical insurance (dataset.overlapping-medical).
SELECT ord, '/period' AS pointer,
       COALESCE(scheme, 'unknown') AS scheme,
       COALESCE(city, 'unknown') AS city,
       earlier_id AS other_id,
       COALESCE(earlier_scheme, 'unknown') AS other_scheme,
       COALESCE(earlier_city, 'unknown') AS other_city
FROM enrolment_overlap
WHERE NOT (
  COALESCE(scheme, '') <> COALESCE(earlier_scheme, '')
  AND scheme_family = 'medical'
  AND employee_scheme <> earlier_employee_scheme
)
