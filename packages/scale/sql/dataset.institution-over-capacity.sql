-- dataset.institution-over-capacity: an approved case (active, suspended or terminated) admitted to a welfare
-- institution while it already had as many residents as beds. The institution is the first record of its id, an
-- organisation with a capacity. Arrivals in order of first day (then input order); a stay ending on day d frees its
-- bed on d + 1, so the residents on arrival k are k minus the stays that ended before its first day.
WITH stay AS (
  SELECT a.ord, a.stay_start_day AS start_day, COALESCE(a.stay_end_day, 2147483647) AS last_day,
         o.ord AS organisation_ord, o.id AS organisation_id, o.capacity
  FROM dataset_index AS a
  JOIN dataset_reference AS r ON r.ord = a.ord AND r.pointer = '/institution/organisationId'
  JOIN first_with_id ON first_with_id.id = r.reference
  JOIN dataset_index AS o ON o.ord = first_with_id.first_ord
  WHERE a.record_type = 'assistance'
    AND a.status IN ('active', 'suspended', 'terminated')
    AND a.stay_start_day IS NOT NULL
    AND COALESCE(a.stay_end_day, 2147483647) >= a.stay_start_day
    AND o.record_type = 'organisation'
    AND o.capacity IS NOT NULL
),
arrival AS (
  SELECT ord, start_day, organisation_ord, organisation_id, capacity,
         ROW_NUMBER() OVER (PARTITION BY organisation_ord ORDER BY start_day, ord) AS arrived
  FROM stay
),
departed AS (
  SELECT arrival.ord, COUNT(stay.ord) AS departures
  FROM arrival
  LEFT JOIN stay ON stay.organisation_ord = arrival.organisation_ord AND stay.last_day < arrival.start_day
  GROUP BY arrival.ord
)
SELECT arrival.ord,
       '/institution/organisationId' AS pointer,
       CAST(DATE '1970-01-01' + arrival.start_day AS VARCHAR) AS date,
       arrival.organisation_id,
       arrival.arrived - departed.departures AS residents,
       arrival.capacity
FROM arrival
JOIN departed ON departed.ord = arrival.ord
WHERE arrival.arrived - departed.departures > arrival.capacity
