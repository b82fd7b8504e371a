-- One customer of `customer_table` (the customers list's row), to open their card from another view.
-- Needs: customer_table built for the as-of date (customers.ts buildCustomerTable).
-- Params: $1 customer id (VARCHAR, exact).
-- Output: the columns of customer-page.sql (p_buy NULL: the list's model is not at hand here), matches INTEGER (1).
SELECT
  customer_id, first_day::VARCHAR AS first_day, last_day::VARCHAR AS last_day, orders, purchase_days, days_since,
  revenue, typical_interval, status, r, f, m, segment, recent, previous,
  next_purchase::VARCHAR AS next_purchase, NULL::DOUBLE AS p_buy,
  1 AS matches
FROM customer_table
WHERE customer_id = $1::VARCHAR;
