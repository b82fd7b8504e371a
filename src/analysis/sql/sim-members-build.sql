-- Programme members at the as-of date (DESIGN §3b N0): repeat customers (≥ 2 purchase days) whose status is
-- active, due or at risk — everyone a programme could keep from lapsing.
-- Needs: purchase_days and the lifecycle macros. Rebuild when the as-of date or the thresholds change.
-- Params: $1 as-of date (DATE text); thresholds $2 new (× I_store), $3 due, $4 at risk, $5 lost (× I).
-- Output: table `sim_members`(customer_id, status).
CREATE OR REPLACE TABLE sim_members AS
WITH store AS (
  SELECT median(gap)::DOUBLE AS i_store FROM purchase_days WHERE day <= $1::DATE
), current AS (
  SELECT
    p.customer_id,
    ottok_status(p.n, $1::DATE - p.day, p.typical_interval, s.i_store, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE)
      AS status
  FROM purchase_days p, store s
  WHERE p.day <= $1::DATE AND (p.next_day IS NULL OR p.next_day > $1::DATE)
)
SELECT customer_id, status FROM current WHERE status IN ('active', 'due', 'at_risk');
