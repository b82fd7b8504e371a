-- A customer or order id kept as text, by the rules of src/ingest/ids.ts (tests/sql/id-sql.test.ts runs both on
-- ID_CASES): trimmed of blanks (space, tab, NBSP, thin and narrow NBSP), a float export's ".0" dropped
-- (17850.0 → 17850), empty and null markers → NULL; leading zeros stay. Numbers: see number-sql.ts.
CREATE OR REPLACE MACRO ottok_trim(s) AS trim(s, ' 	   ');

-- Plain digits and float exports like 17850.0 (most ids) skip the rest; list_contains rather than IN (…) keeps DuckDB's progress reports going.
CREATE OR REPLACE MACRO ottok_id(s) AS
  CASE WHEN regexp_full_match(s, '[0-9]+') THEN s
       WHEN regexp_full_match(s, '[0-9]+\.0+') THEN split_part(s, '.', 1)
       WHEN list_contains(['', 'nan', 'null', 'none', '-', 'n/a', 'розничный покупатель'], lower(ottok_trim(s))) THEN NULL
       ELSE regexp_replace(ottok_trim(s), '^([0-9]+)\.0+$', '\1') END;
