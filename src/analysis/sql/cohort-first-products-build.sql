-- A customer's first product (DESIGN §3 cohorts, optional split): the product with the most revenue in the
-- customer's first order (earliest by (order_ts, order_id), order_id compared as text), revenue summed per
-- product over that order's lines; ties go to the product that sorts first as text. Customers whose first
-- order has no product (column not mapped) are not in the table.
-- Output: table `customer_first_products`(customer_id, first_date DATE, product VARCHAR).
CREATE OR REPLACE TABLE customer_first_products AS
WITH first_orders AS (
  SELECT customer_id, arg_min(order_id, (order_ts, order_id)) AS order_id, min(order_date) AS first_date
  FROM orders
  GROUP BY customer_id
), first_lines AS (
  SELECT p.customer_id, f.first_date, p.product, sum(p.amount) AS revenue
  FROM purchases p JOIN first_orders f USING (customer_id, order_id)
  WHERE p.product IS NOT NULL
  GROUP BY p.customer_id, f.first_date, p.product
)
SELECT customer_id, first_date, first(product ORDER BY revenue DESC, product) AS product
FROM first_lines
GROUP BY customer_id, first_date;
