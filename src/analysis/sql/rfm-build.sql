-- RFM (DESIGN §3) per customer, materialised so customer lists and segment views read it instead of `orders`.
-- R = calendar days from the last order date to the as-of date, F = orders, M = revenue, all up to the as-of date.
-- Scores 1–5 (5 best), tie-aware: 1 + floor(5·(RANK() − 1)/n), ranked worst → best (R by days descending).
-- Segments: DESIGN §3's table in its order, first match wins, else 'Other' (names: RFM_SEGMENTS in rfm.ts).
-- Params: $1 as-of date (DATE text).
-- Output: table `rfm_customers`(customer_id VARCHAR, last_date DATE, recency_days, frequency INTEGER,
--         monetary DECIMAL (exact revenue), r, f, m INTEGER, segment VARCHAR).
CREATE OR REPLACE TABLE rfm_customers AS
WITH metrics AS (
  SELECT
    customer_id,
    max(order_date) AS last_date,
    ($1::DATE - max(order_date))::INTEGER AS recency_days,
    count(*)::INTEGER AS frequency,
    sum(revenue) AS monetary
  FROM orders
  WHERE order_date <= $1::DATE
  GROUP BY customer_id
), scored AS (
  SELECT
    *,
    (1 + 5 * (rank() OVER (ORDER BY recency_days DESC) - 1) // count(*) OVER ())::INTEGER AS r,
    (1 + 5 * (rank() OVER (ORDER BY frequency) - 1) // count(*) OVER ())::INTEGER AS f,
    (1 + 5 * (rank() OVER (ORDER BY monetary) - 1) // count(*) OVER ())::INTEGER AS m
  FROM metrics
)
SELECT
  *,
  CASE
    WHEN r BETWEEN 4 AND 5 AND f BETWEEN 4 AND 5 AND m BETWEEN 4 AND 5 THEN 'Champions'
    WHEN r BETWEEN 2 AND 5 AND f BETWEEN 3 AND 5 AND m BETWEEN 3 AND 5 THEN 'Loyal Customers'
    WHEN r BETWEEN 4 AND 5 AND f = 1 AND m = 1 THEN 'New Customers'
    WHEN r BETWEEN 3 AND 4 AND f = 1 AND m = 1 THEN 'Promising'
    WHEN r BETWEEN 3 AND 5 AND f BETWEEN 1 AND 3 AND m BETWEEN 1 AND 3 THEN 'Potential Loyalist'
    WHEN r BETWEEN 2 AND 3 AND f BETWEEN 2 AND 3 AND m BETWEEN 2 AND 3 THEN 'Need Attention'
    WHEN r BETWEEN 2 AND 3 AND f BETWEEN 1 AND 2 AND m BETWEEN 1 AND 2 THEN 'About To Sleep'
    WHEN r = 1 AND f BETWEEN 4 AND 5 AND m BETWEEN 4 AND 5 THEN 'Can''t Lose Them'
    WHEN r BETWEEN 1 AND 2 AND f BETWEEN 2 AND 5 AND m BETWEEN 2 AND 5 THEN 'At Risk'
    WHEN r BETWEEN 1 AND 2 AND f BETWEEN 1 AND 2 AND m BETWEEN 1 AND 2 THEN 'Lost'
    ELSE 'Other'
  END AS segment
FROM scored;
