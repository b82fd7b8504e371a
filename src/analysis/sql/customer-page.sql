-- The customers list filtered: by id text, lifecycle status, RFM segment and spend trend.
-- The caller appends ORDER BY (a whitelisted column, see customers.ts) and LIMIT/OFFSET.
-- Params: $1 id contains (VARCHAR, case-insensitive; NULL = any), $2 status (NULL = any), $3 segment
--   (NULL = any), $4 trend ('fell' | 'rose' | NULL = any).
-- Output: every customer_table column as text/number (dates as YYYY-MM-DD), matches INTEGER (rows in the filter).
SELECT
  customer_id, first_day::VARCHAR AS first_day, last_day::VARCHAR AS last_day, orders, purchase_days, days_since,
  revenue, typical_interval, status, r, f, m, segment, recent, previous,
  count(*) OVER ()::INTEGER AS matches
FROM customer_table
WHERE ($1::VARCHAR IS NULL OR contains(lower(customer_id), lower($1::VARCHAR)))
  AND ($2::VARCHAR IS NULL OR status = $2::VARCHAR)
  AND ($3::VARCHAR IS NULL OR segment = $3::VARCHAR)
  AND ($4::VARCHAR IS NULL OR CASE $4::VARCHAR WHEN 'fell' THEN recent < previous ELSE recent > previous END)
