-- Every customer's spend up to and including the as-of date (the replay's "customers per tier").
-- Needs: customer_summary built for the as-of date.
-- Output: spend DOUBLE, one row per customer.
SELECT revenue::DOUBLE AS spend FROM customer_summary;
