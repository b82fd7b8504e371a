-- The replay's per-order rows up to the as-of date, for src/simulate/replay.ts.
-- Needs: sim_orders, sim_members built for the same as-of date.
-- Params: $1 as-of date (DATE text).
-- Output: spent_before DOUBLE, revenue DOUBLE, day INTEGER (days since 1970-01-01), month INTEGER
--   (year·12 + month − 1), member_year BOOLEAN (a member's order in the 365 days up to the as-of date:
--   as-of − 365 < date ≤ as-of; these give the effective rate d).
SELECT
  o.spent_before::DOUBLE AS spent_before,
  o.revenue::DOUBLE AS revenue,
  (o.order_date - DATE '1970-01-01')::INTEGER AS day,
  (year(o.order_date) * 12 + month(o.order_date) - 1)::INTEGER AS month,
  (m.customer_id IS NOT NULL AND o.order_date > $1::DATE - 365) AS member_year
FROM sim_orders o
LEFT JOIN sim_members m USING (customer_id)
WHERE o.order_date <= $1::DATE;
