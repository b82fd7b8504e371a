-- Totals of the reporting window, from which every overview KPI is derived (src/analysis/kpis.ts).
-- Params: $1 window start (DATE text, inclusive), $2 as-of date (DATE text, inclusive).
-- Output: customers, orders, repeat_customers (≥ 2 orders), revenue (DOUBLE; summed as DECIMAL),
--         revenue_text (the exact decimal sum), lifespan_days_sum (Σ last − first over repeat customers).
WITH o AS (
  SELECT customer_id, order_date, revenue FROM orders WHERE order_date BETWEEN $1::DATE AND $2::DATE
), c AS (
  SELECT customer_id, count(*) AS n, max(order_date) - min(order_date) AS span FROM o GROUP BY customer_id
)
SELECT
  (SELECT count(*) FROM c)::INTEGER AS customers,
  (SELECT count(*) FROM o)::INTEGER AS orders,
  (SELECT count(*) FROM c WHERE n >= 2)::INTEGER AS repeat_customers,
  (SELECT COALESCE(sum(revenue), 0) FROM o)::DOUBLE AS revenue,
  (SELECT COALESCE(sum(revenue), 0) FROM o)::VARCHAR AS revenue_text,
  (SELECT COALESCE(sum(span) FILTER (WHERE n >= 2), 0) FROM c)::DOUBLE AS lifespan_days_sum;
