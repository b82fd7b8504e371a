-- The first five lines of every rule that removes lines (kept lines need no examples): where to look.
-- min(…, 5) per rule keeps five rows per group instead of sorting every rejected line.
-- Output: reason, file (0-based), row (1-based data row), text (the unreadable text of rejected lines, or '').
SELECT reason, e.file AS file, e.row AS row, e.text AS text
FROM (
  SELECT reason::VARCHAR AS reason, unnest(min({'file': _file::INTEGER, 'row': _row::INTEGER, 'text': COALESCE(unread_text, '')}, 5)) AS e
  FROM lines
  WHERE reason <> 'kept'
  GROUP BY reason
)
ORDER BY reason, file, row;
