-- Product purchase days (DESIGN §3b "Product churn"): one row per product (or brand / category), customer and
-- calendar day on which they bought it, from `purchases` and `orders`. Names that differ only by case or
-- surrounding blanks are one product (key = lower-case trimmed name). A line's day is its order's date.
-- Params: $1 level ('product' | 'category': which column of `purchases` names the product).
-- Output: table `product_days`(key VARCHAR, customer_id VARCHAR, day DATE, orders INTEGER (that day's orders
--   containing it)).
CREATE OR REPLACE TABLE product_days AS
WITH product_orders AS (
  SELECT DISTINCT
    lower(trim(CASE WHEN $1::VARCHAR = 'category' THEN category ELSE product END)) AS key,
    customer_id,
    order_id
  FROM purchases
  WHERE CASE WHEN $1::VARCHAR = 'category' THEN category ELSE product END IS NOT NULL
)
SELECT po.key, po.customer_id, o.order_date AS day, count(*)::INTEGER AS orders
FROM product_orders po
JOIN orders o USING (customer_id, order_id)
GROUP BY ALL;
