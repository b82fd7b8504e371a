-- One product's regulars (DESIGN §3b "Product churn"): the lapsed ones, the switchers or all, biggest spenders
-- of the product's lapsed revenue first, then by id.
-- Needs: product_regulars.
-- Params: $1 product name (matched by lower-case trimmed name), $2 who ('lapsed' | 'switchers' | 'regulars'),
--   $3 page size (INTEGER; NULL = all).
-- Output: customer_id, status (store status at the as-of date), orders INTEGER (orders with it), last_bought
--   (YYYY-MM-DD), interval DOUBLE (their median gap for it; NULL with one day), usual_gap DOUBLE (interval, else
--   their store interval: what the switcher rule uses), lapse_day (YYYY-MM-DD or NULL),
--   lapsed_revenue DOUBLE, matches INTEGER (rows in the group).
SELECT
  customer_id, status, orders, last_bought::VARCHAR AS last_bought, interval, usual_gap, lapse_day::VARCHAR AS lapse_day,
  lapsed_revenue::DOUBLE AS lapsed_revenue,
  count(*) OVER ()::INTEGER AS matches
FROM product_regulars
WHERE key = lower(trim($1::VARCHAR))
  AND CASE $2::VARCHAR WHEN 'lapsed' THEN lapsed WHEN 'switchers' THEN switcher ELSE true END
ORDER BY lapsed_revenue DESC, orders DESC, customer_id
LIMIT $3::INTEGER;
