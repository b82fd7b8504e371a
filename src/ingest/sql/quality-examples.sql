-- The first five lines of every rule that removes lines (kept lines need no examples): where to look.
-- Output: reason, file (0-based), row (1-based data row), text (the unreadable text of rejected lines, or '').
SELECT reason, _file::INTEGER AS file, _row::INTEGER AS row, COALESCE(unread_text, '') AS text
FROM lines
WHERE reason <> 'kept'
QUALIFY row_number() OVER (PARTITION BY reason ORDER BY _file, _row) <= 5
ORDER BY reason, _file, _row;
