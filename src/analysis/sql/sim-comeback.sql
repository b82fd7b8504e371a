-- Natural comeback rate of every lifecycle status, for win-back groups mixing statuses (an RFM segment).
-- At risk and lost follow DESIGN §3b exactly (the same episodes as churn-comeback.sql): entry day = last
-- purchase day + floor(k·I) + 1 with no purchase in between or on it. The other statuses extend that rule:
-- due with its own k; one-time with k = the "new" threshold and I = I_store as of the as-of date; new and
-- active are entered on the purchase day itself. An episode counts when entered on or before as-of − 90 days;
-- it came back when the next purchase day is in (entry, entry + 90 days].
-- Params: $1 as-of date (DATE text); thresholds $2 new (× I_store), $3 due, $4 at risk, $5 lost (× I).
-- Output: status, episodes INTEGER, came_back INTEGER, rate DOUBLE (NULL without episodes); one row per status.
WITH store AS (
  SELECT median(gap)::DOUBLE AS i_store FROM purchase_days WHERE day <= $1::DATE
), kinds(status, factor, single) AS (
  VALUES ('new', NULL, true), ('one_time', $2::DOUBLE, true), ('active', NULL, false),
    ('due', $3::DOUBLE, false), ('at_risk', $4::DOUBLE, false), ('lost', $5::DOUBLE, false)
), entries AS (
  SELECT
    k.status,
    CASE WHEN k.factor IS NULL THEN p.day
      ELSE ottok_past_day(p.day, k.factor, CASE WHEN k.single THEN s.i_store ELSE p.typical_interval END) END AS entry,
    p.next_day
  FROM purchase_days p
  CROSS JOIN store s
  JOIN kinds k ON k.single = (p.n = 1)
)
SELECT
  k.status,
  count(e.entry)::INTEGER AS episodes,
  count(e.entry) FILTER (WHERE e.next_day <= e.entry + 90)::INTEGER AS came_back,
  (count(e.entry) FILTER (WHERE e.next_day <= e.entry + 90) / nullif(count(e.entry), 0))::DOUBLE AS rate
FROM kinds k
LEFT JOIN entries e
  ON e.status = k.status AND (e.next_day IS NULL OR e.next_day > e.entry) AND e.entry <= $1::DATE - 90
GROUP BY k.status
ORDER BY k.status;
