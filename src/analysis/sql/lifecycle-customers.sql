-- Customers with their lifecycle status as of date t, one page, biggest spenders first.
-- Params: $1 t (DATE text); thresholds $2 new, $3 due, $4 at risk, $5 lost; $6 status key or NULL for all;
--   $7 page size, $8 offset (INTEGER).
-- Output: customer_id, status, purchase_days INTEGER, last_day (text YYYY-MM-DD), days_since INTEGER,
--   typical_interval DOUBLE (the customer's own; NULL with one purchase day), revenue DOUBLE (up to t),
--   matches INTEGER (customers in the filter, for paging).
SELECT
  customer_id,
  status,
  n AS purchase_days,
  day::VARCHAR AS last_day,
  ($1::DATE - day)::INTEGER AS days_since,
  typical_interval,
  revenue_to_date::DOUBLE AS revenue,
  count(*) OVER ()::INTEGER AS matches
FROM ottok_status_at($1::DATE, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE)
WHERE $6::VARCHAR IS NULL OR status = $6::VARCHAR
ORDER BY revenue_to_date DESC, customer_id
LIMIT $7::INTEGER OFFSET $8::INTEGER;
