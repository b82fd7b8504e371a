-- The data-quality report: rows per cleaning rule, with the value and the first example rows of each.
-- Output: reason, rows, value (Σ |amount| where known), examples (first 5 data-row numbers, 1-based),
--         example_files, example_texts (the unreadable text of rejected lines),
--         duplicates (exact duplicate lines among them: copies after the first).
SELECT
  reason,
  count(*)::INTEGER AS rows,
  COALESCE(sum(abs(amount)), 0)::DOUBLE AS value,
  list(_row ORDER BY _file, _row)[1:5]::INTEGER[] AS examples,
  list(_file ORDER BY _file, _row)[1:5]::INTEGER[] AS example_files,
  list(COALESCE(unread_text, '') ORDER BY _file, _row)[1:5] AS example_texts,
  count(*) FILTER (WHERE _copy > 1)::INTEGER AS duplicates
FROM lines
GROUP BY reason
ORDER BY reason;
