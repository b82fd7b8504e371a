-- Customers and their revenue per lifecycle status as of date t (DESIGN §3).
-- Params: $1 t (DATE text); thresholds $2 new (× I_store), $3 due, $4 at risk, $5 lost (× I).
-- Output: status (new | one_time | active | due | at_risk | lost; absent statuses have no row),
--   customers INTEGER, revenue DOUBLE and revenue_text (exact) = their total revenue up to t,
--   i_store DOUBLE (as of t; NULL without repeat customers).
SELECT
  status,
  count(*)::INTEGER AS customers,
  sum(revenue_to_date)::DOUBLE AS revenue,
  sum(revenue_to_date)::VARCHAR AS revenue_text,
  any_value(i_store) AS i_store
FROM ottok_status_at($1::DATE, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE)
GROUP BY status
ORDER BY status;
