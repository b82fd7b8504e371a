-- One customer's orders up to the as-of date, for the customer card's timeline.
-- Params: $1 customer id, $2 as-of date (DATE text).
-- Output: order_id, order_date (text YYYY-MM-DD), revenue DOUBLE, lines INTEGER.
SELECT order_id, order_date::VARCHAR AS order_date, revenue::DOUBLE AS revenue, lines
FROM orders
WHERE customer_id = $1::VARCHAR AND order_date <= $2::DATE
ORDER BY order_ts, order_id;
