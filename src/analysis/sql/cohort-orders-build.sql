-- The orders behind the cohort matrix, built once per (re)build of `orders`: a new grain, as-of date or first
-- product then costs one scan of this table instead of a join and a grouping by customer.
-- An order is its customer's first in a period (week, month or quarter alike) exactly when the customer's
-- previous order date falls in an earlier period; counting those orders counts distinct active customers.
-- Output: table `cohort_orders`(customer_id, first_date, previous_date (NULL for the first order), order_date
--         DATE, revenue DECIMAL).
CREATE OR REPLACE TABLE cohort_orders AS
SELECT
  customer_id,
  first_value(order_date) OVER by_customer AS first_date,
  lag(order_date) OVER by_customer AS previous_date,
  order_date,
  revenue
FROM orders
WINDOW by_customer AS (PARTITION BY customer_id ORDER BY order_date);
