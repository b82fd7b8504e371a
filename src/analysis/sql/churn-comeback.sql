-- Natural comeback rates (DESIGN §3b win-back): of the times repeat customers entered at risk or lost — entry
-- day = last purchase day + floor(k·I) + 1 with no purchase in between or on it — on or before as-of − 90
-- days, the share whose next purchase is in (entry, entry + 90 days].
-- Params: $1 as-of date (DATE text), $2 at-risk threshold (2.5), $3 lost threshold (4).
-- Output: status (at_risk | lost), episodes INTEGER, came_back INTEGER, rate DOUBLE (NULL without episodes).
WITH entries AS (
  SELECT k.status, ottok_past_day(p.day, k.factor, p.typical_interval) AS entry, p.next_day
  FROM purchase_days p
  CROSS JOIN (VALUES ('at_risk', $2::DOUBLE), ('lost', $3::DOUBLE)) k(status, factor)
  WHERE p.n >= 2
)
SELECT
  k.status,
  count(e.entry)::INTEGER AS episodes,
  count(e.entry) FILTER (WHERE e.next_day <= e.entry + 90)::INTEGER AS came_back,
  (count(e.entry) FILTER (WHERE e.next_day <= e.entry + 90) / nullif(count(e.entry), 0))::DOUBLE AS rate
FROM (VALUES ('at_risk'), ('lost')) k(status)
LEFT JOIN entries e
  ON e.status = k.status AND (e.next_day IS NULL OR e.next_day > e.entry) AND e.entry <= $1::DATE - 90
GROUP BY k.status
ORDER BY k.status;
