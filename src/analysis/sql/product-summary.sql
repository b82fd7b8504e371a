-- What the products table is drawn from, for the words around it (DESIGN §3b "Product churn").
-- Needs: product_days, product_regulars for the same as-of date, purchase_days, ottok_status_at.
-- Params: $1 as-of date (DATE text); thresholds $2 new, $3 due, $4 at risk, $5 lost.
-- Output (one row): products INTEGER (bought by a customer up to the as-of date), with_regulars INTEGER
--   (with at least one regular), most_regulars INTEGER (0 when none), repeat_customers INTEGER (≥ 2 purchase
--   days), repeat_lapsed INTEGER (of them at risk or lost), store_share DOUBLE (NULL without repeat customers).
WITH repeat_customers AS (
  SELECT count(*)::INTEGER AS repeat_customers,
    count(*) FILTER (WHERE status IN ('at_risk', 'lost'))::INTEGER AS repeat_lapsed
  FROM ottok_status_at($1::DATE, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE)
  WHERE n >= 2
), per_product AS (
  SELECT key, count(*) AS regulars FROM product_regulars GROUP BY key
)
SELECT
  (SELECT count(DISTINCT key) FROM product_days WHERE day <= $1::DATE)::INTEGER AS products,
  (SELECT count(*) FROM per_product)::INTEGER AS with_regulars,
  (SELECT coalesce(max(regulars), 0) FROM per_product)::INTEGER AS most_regulars,
  rc.repeat_customers, rc.repeat_lapsed,
  (rc.repeat_lapsed / nullif(rc.repeat_customers, 0))::DOUBLE AS store_share
FROM repeat_customers rc;
