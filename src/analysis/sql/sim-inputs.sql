-- Projection and win-back inputs measured at the as-of date (DESIGN §3b), except the churn rate
-- (churn.ts pooledChurnRate) and the effective rate d (the replay).
-- Needs: sim_members and customer_summary built for the same as-of date, orders.
-- Params: $1 as-of date (DATE text).
-- Output: members INTEGER (N0), members_year_revenue DOUBLE (their revenue in the 365 days up to the as-of
--   date, as-of − 365 < date ≤ as-of; r = this / 12), year_orders INTEGER and year_customers INTEGER (all
--   orders and distinct customers in those 365 days: the store's orders per active customer in 12 months),
--   regulars_median_spend DOUBLE (median spend to date of customers with ≥ 2 purchase days; NULL without any).
WITH year AS (
  SELECT customer_id, revenue FROM orders WHERE order_date > $1::DATE - 365 AND order_date <= $1::DATE
)
SELECT
  (SELECT count(*) FROM sim_members)::INTEGER AS members,
  (SELECT coalesce(sum(y.revenue), 0) FROM year y JOIN sim_members m USING (customer_id))::DOUBLE AS members_year_revenue,
  (SELECT count(*) FROM year)::INTEGER AS year_orders,
  (SELECT count(DISTINCT customer_id) FROM year)::INTEGER AS year_customers,
  (SELECT median(revenue) FROM customer_summary WHERE purchase_days >= 2)::DOUBLE AS regulars_median_spend;
