-- A page of scored customers, biggest spenders first. Needs table `rfm_customers` (rfm-build.sql).
-- Params: $1 segment (VARCHAR; NULL = all), $2 page size, $3 offset (INTEGER).
-- Output: customer_id, last_date (text YYYY-MM-DD), recency_days, frequency (INTEGER), monetary (DOUBLE),
--         r, f, m (INTEGER), segment.
SELECT
  customer_id, last_date::VARCHAR AS last_date, recency_days, frequency, monetary::DOUBLE AS monetary,
  r, f, m, segment
FROM rfm_customers
WHERE $1 IS NULL OR segment = $1
ORDER BY monetary DESC, customer_id
LIMIT $2::INTEGER OFFSET $3::INTEGER;
