-- Customers and their revenue per lifecycle status as of date t (DESIGN §3).
-- Params: $1 t (DATE text); thresholds $2 new (× I_store), $3 due, $4 at risk, $5 lost (× I).
-- Output: status (new | one_time | active | due | at_risk | lost; absent statuses have no row),
--   customers INTEGER, revenue DOUBLE and revenue_text (exact) = their total revenue up to t,
--   i_store DOUBLE (as of t; NULL without repeat customers).
WITH store AS (
  SELECT median(gap)::DOUBLE AS i_store FROM purchase_days WHERE day <= $1::DATE
), current AS (
  SELECT
    ottok_status(p.n, $1::DATE - p.day, p.typical_interval, s.i_store, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE)
      AS status,
    p.revenue_to_date,
    s.i_store
  FROM purchase_days p, store s
  WHERE p.day <= $1::DATE AND (p.next_day IS NULL OR p.next_day > $1::DATE)
)
SELECT
  status,
  count(*)::INTEGER AS customers,
  sum(revenue_to_date)::DOUBLE AS revenue,
  sum(revenue_to_date)::VARCHAR AS revenue_text,
  any_value(i_store) AS i_store
FROM current
GROUP BY status
ORDER BY status;
