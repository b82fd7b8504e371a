-- Customers and revenue per RFM segment. Needs table `rfm_customers` (rfm-build.sql).
-- Output, segments with at least one customer: segment (VARCHAR), customers (INTEGER), revenue (DOUBLE),
--   customer_share, revenue_share (DOUBLE; of all scored customers / their revenue, NULL when that is 0).
SELECT
  segment,
  count(*)::INTEGER AS customers,
  sum(monetary)::DOUBLE AS revenue,
  (count(*) / sum(count(*)) OVER ())::DOUBLE AS customer_share,
  (sum(monetary) / NULLIF(sum(sum(monetary)) OVER (), 0))::DOUBLE AS revenue_share
FROM rfm_customers
GROUP BY segment;
