-- Customers by number of orders (1, 2, 3, 4–5, 6–10, 11+; orders, not purchase days) with their revenue, from the
-- purchases up to the as-of date. Every band is listed, empty ones too, in the order of ORDER_BANDS (timing.ts),
-- which names them and adds the shares (fewer values, a smaller snapshot link).
-- Needs: customer_summary built for the as-of date.
-- Output, six rows from 1 order up (1, 2, 3, 4–5, 6–10, 11+): customers INTEGER, revenue DOUBLE.
WITH bands(band, min_orders, max_orders) AS (
  VALUES ('1', 1, 1), ('2', 2, 2), ('3', 3, 3), ('4-5', 4, 5), ('6-10', 6, 10), ('11+', 11, NULL)
)
SELECT count(c.customer_id)::INTEGER AS customers, coalesce(sum(c.revenue), 0)::DOUBLE AS revenue
FROM bands b
LEFT JOIN customer_summary c ON c.orders >= b.min_orders AND (b.max_orders IS NULL OR c.orders <= b.max_orders)
GROUP BY b.band, b.min_orders
ORDER BY b.min_orders;
