-- The first products to split cohorts by. Needs table `customer_first_products` (cohort-first-products-build.sql).
-- Params: $1 as-of date (DATE text; only customers whose first order is on or before it count).
-- Output, most customers first (ties by product): product (VARCHAR), customers (INTEGER).
SELECT product, count(*)::INTEGER AS customers
FROM customer_first_products
WHERE first_date <= $1::DATE
GROUP BY product
ORDER BY customers DESC, product;
