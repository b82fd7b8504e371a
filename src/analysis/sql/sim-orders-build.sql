-- The loyalty-programme replay's one pass over history (DESIGN §3b "Replay on history"): every order with
-- the customer's spend before it. Orders are taken in (order_ts, order_id compared as text) order; spent_before
-- = revenue of the customer's earlier orders since the start of the data (exact DECIMAL, 0 for the first).
-- Rebuild whenever `orders` is. Tiers are applied afterwards in TypeScript (src/simulate/replay.ts), so
-- changing a programme never re-runs SQL.
-- Output: table `sim_orders`(customer_id, order_date DATE, revenue DECIMAL, spent_before DECIMAL).
CREATE OR REPLACE TABLE sim_orders AS
SELECT
  customer_id,
  order_date,
  revenue,
  coalesce(sum(revenue) OVER (
    PARTITION BY customer_id
    ORDER BY order_ts, order_id::VARCHAR
    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
  ), 0) AS spent_before
FROM orders;
