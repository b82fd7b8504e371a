-- The data-quality report: rows per cleaning rule with their value and exact duplicates (copies after the
-- first of a group of identical lines: rows − distinct line hashes).
-- Output: reason, rows, value (Σ |amount| where known), duplicates (INTEGER).
SELECT
  reason::VARCHAR AS reason,
  count(*)::INTEGER AS rows,
  COALESCE(sum(abs(amount)), 0)::DOUBLE AS value,
  (count(*) - count(DISTINCT _line_hash))::INTEGER AS duplicates
FROM lines
GROUP BY reason
ORDER BY reason;
