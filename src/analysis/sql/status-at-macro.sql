-- Every customer with a purchase day up to date t, as they stand at t (DESIGN §3): their `purchase_days` row
-- whose span holds t, the store interval then and their lifecycle status. The one definition of "status as of
-- a date" that the lifecycle, churn, customers, products and simulator queries read.
-- Defined after each (re)build of `purchase_days` (a table macro binds its tables when it is created).
-- Params: t DATE; thresholds k_new (× I_store), k_due, k_risk, k_lost (× I), DOUBLE.
-- Output: the purchase_days columns (customer_id, day = last purchase day, n = purchase days, typical_interval,
--   revenue_to_date, …), i_store DOUBLE (NULL without repeat customers), status.
CREATE OR REPLACE MACRO ottok_status_at(t, k_new, k_due, k_risk, k_lost) AS TABLE
WITH store AS (
  SELECT median(gap)::DOUBLE AS i_store FROM purchase_days WHERE day <= t
)
SELECT p.*, s.i_store, ottok_status(p.n, t - p.day, p.typical_interval, s.i_store, k_new, k_due, k_risk, k_lost) AS status
FROM purchase_days p, store s
WHERE p.day <= t AND (p.next_day IS NULL OR p.next_day > t);
