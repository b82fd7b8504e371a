-- The products (or brands / categories) with at least N regulars (DESIGN §3b "Product churn"), highest lapsed
-- share first — the order of lift, which divides every share by the same store share (product-summary.sql).
-- Needs: product_regulars and product_days for the same as-of date, product_names.
-- Params: $1 as-of date (DATE text); $2 N, the fewest regulars.
-- Output: key, name (most frequent spelling), buyers INTEGER (customers who bought it up to the as-of date),
--   regulars INTEGER, lapsed INTEGER (regulars at risk or lost), lapsed_share DOUBLE, switchers INTEGER,
--   lapsed_revenue DOUBLE (Σ the lapsed regulars' spend in the 365 days up to their lapse dates).
WITH per_product AS (
  SELECT key,
    count(*)::INTEGER AS regulars,
    count(*) FILTER (WHERE lapsed)::INTEGER AS lapsed,
    count(*) FILTER (WHERE switcher)::INTEGER AS switchers,
    coalesce(sum(lapsed_revenue) FILTER (WHERE lapsed), 0)::DOUBLE AS lapsed_revenue
  FROM product_regulars
  GROUP BY key
  HAVING count(*) >= $2::INTEGER
), buyers AS (
  SELECT key, count(DISTINCT customer_id)::INTEGER AS buyers
  FROM product_days
  WHERE day <= $1::DATE AND key IN (SELECT key FROM per_product)
  GROUP BY key
)
SELECT
  pp.key, n.name, b.buyers, pp.regulars, pp.lapsed,
  (pp.lapsed / pp.regulars)::DOUBLE AS lapsed_share,
  pp.switchers, pp.lapsed_revenue
FROM per_product pp
JOIN product_names n USING (key)
JOIN buyers b USING (key)
ORDER BY lapsed_share DESC, pp.regulars DESC, n.name;
