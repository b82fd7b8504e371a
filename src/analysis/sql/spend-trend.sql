-- Spend trend: per customer, revenue in the last N months, (as-of − N·30.4375 days, as-of], against the N
-- months before it; customers whose spend fell (or rose), biggest change first.
-- Params: $1 as-of date (DATE text), $2 N months (DOUBLE), $3 direction ('fell' | 'rose'), $4 page size,
--   $5 offset (INTEGER).
-- Output: customer_id, recent DOUBLE, previous DOUBLE, change DOUBLE (recent − previous),
--   change_share DOUBLE (change / previous; NULL when previous = 0), matches INTEGER (customers in that direction).
WITH span AS (
  SELECT $2::DOUBLE * 30.4375 AS days
), sums AS (
  SELECT
    p.customer_id,
    coalesce(sum(p.revenue) FILTER (WHERE $1::DATE - p.day < s.days), 0) AS recent,
    coalesce(sum(p.revenue) FILTER (WHERE $1::DATE - p.day >= s.days), 0) AS previous
  FROM purchase_days p, span s
  WHERE p.day <= $1::DATE AND $1::DATE - p.day < 2 * s.days
  GROUP BY p.customer_id
), moved AS (
  SELECT *, recent - previous AS change FROM sums
  WHERE CASE $3::VARCHAR WHEN 'fell' THEN recent < previous ELSE recent > previous END
)
SELECT
  customer_id,
  recent::DOUBLE AS recent,
  previous::DOUBLE AS previous,
  change::DOUBLE AS change,
  (change / nullif(previous, 0))::DOUBLE AS change_share,
  count(*) OVER ()::INTEGER AS matches
FROM moved
ORDER BY abs(change) DESC, customer_id
LIMIT $4::INTEGER OFFSET $5::INTEGER;
