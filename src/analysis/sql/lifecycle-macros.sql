-- Lifecycle rules (DESIGN §3) shared by the lifecycle, churn and win-back queries.
-- d = whole days since the last purchase day, i = the customer's typical interval, k = a threshold setting.

-- The first day on which d > k·i, i.e. last purchase day + floor(k·i) + 1. The 1e-9 absorbs float error of
-- user-typed thresholds (2.3 × 100 = 229.99999999999997 must count as 230).
CREATE OR REPLACE MACRO ottok_past_day(day, k, i) AS day + floor(k * i + 1e-9)::INTEGER + 1;

-- d ≤ k·i for whole days d.
CREATE OR REPLACE MACRO ottok_within(d, k, i) AS d <= floor(k * i + 1e-9);

-- Status key of a customer with n purchase days, d days since the last one, interval i, store interval
-- i_store. One-day customers are 'new' while the store has no repeat customers (no i_store yet).
CREATE OR REPLACE MACRO ottok_status(n, d, i, i_store, k_new, k_due, k_risk, k_lost) AS CASE
  WHEN n = 1 THEN CASE WHEN i_store IS NULL OR ottok_within(d, k_new, i_store) THEN 'new' ELSE 'one_time' END
  WHEN ottok_within(d, k_due, i) THEN 'active'
  WHEN ottok_within(d, k_risk, i) THEN 'due'
  WHEN ottok_within(d, k_lost, i) THEN 'at_risk'
  ELSE 'lost' END;
