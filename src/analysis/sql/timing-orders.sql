-- Customers by number of orders (1, 2, 3, 4–5, 6–10, 11+; orders, not purchase days) with their revenue and its
-- share of all customers' revenue, from the purchases up to the as-of date. Every band is listed, empty ones too.
-- Needs: customer_summary built for the as-of date.
-- Output, ordered by min_orders: band VARCHAR ('1', '2', '3', '4-5', '6-10', '11+'), min_orders, max_orders
--   (INTEGER; max NULL for 11+), customers INTEGER, revenue DOUBLE, revenue_share DOUBLE (NULL when no revenue).
WITH bands(band, min_orders, max_orders) AS (
  VALUES ('1', 1, 1), ('2', 2, 2), ('3', 3, 3), ('4-5', 4, 5), ('6-10', 6, 10), ('11+', 11, NULL)
), counted AS (
  SELECT b.band, b.min_orders, b.max_orders, count(c.customer_id) AS customers, coalesce(sum(c.revenue), 0) AS revenue
  FROM bands b
  LEFT JOIN customer_summary c ON c.orders >= b.min_orders AND (b.max_orders IS NULL OR c.orders <= b.max_orders)
  GROUP BY ALL
)
SELECT
  band, min_orders::INTEGER AS min_orders, max_orders::INTEGER AS max_orders, customers::INTEGER AS customers,
  revenue::DOUBLE AS revenue, (revenue / nullif(sum(revenue) OVER (), 0))::DOUBLE AS revenue_share
FROM counted
ORDER BY min_orders;
