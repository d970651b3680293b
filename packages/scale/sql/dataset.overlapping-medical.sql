-- dataset.overlapping-medical: an employee medical enrolment overlapping a resident one of the same person, or the other
-- way round (the shared view enrolment_overlap: the in-memory sweep, persons matched by identity number across cities).
SELECT ord, '/period' AS pointer,
       COALESCE(scheme, 'unknown') AS scheme,
       COALESCE(city, 'unknown') AS city,
       earlier_id AS other_id,
       COALESCE(earlier_scheme, 'unknown') AS other_scheme,
       COALESCE(earlier_city, 'unknown') AS other_city
FROM enrolment_overlap
WHERE COALESCE(scheme, '') <> COALESCE(earlier_scheme, '')
  AND scheme_family = 'medical'
  AND employee_scheme <> earlier_employee_scheme
