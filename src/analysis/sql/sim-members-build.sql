-- Programme members at the as-of date (DESIGN §3b N0): repeat customers (≥ 2 purchase days) whose status is
-- active, due or at risk — everyone a programme could keep from lapsing.
-- Needs: purchase_days and the lifecycle macros (ottok_status_at). Rebuild when the as-of date or the thresholds change.
-- Params: $1 as-of date (DATE text); thresholds $2 new (× I_store), $3 due, $4 at risk, $5 lost (× I).
-- Output: table `sim_members`(customer_id, status).
CREATE OR REPLACE TABLE sim_members AS
SELECT customer_id, status FROM ottok_status_at($1::DATE, $2::DOUBLE, $3::DOUBLE, $4::DOUBLE, $5::DOUBLE) WHERE status IN ('active', 'due', 'at_risk');
