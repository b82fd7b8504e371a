import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
const c = await inst.connect();
await c.run('SELECT setseed(0.42)');
await c.run(`CREATE TABLE orders AS
      WITH c AS (
        SELECT i AS c, floor(random() * 1000)::INTEGER AS start, 3 + floor(random() * 60)::INTEGER AS gap,
          1 + floor(random() * random() * 40)::INTEGER AS k
        FROM range(100000) t(i)
      ), o AS (
        SELECT c, start + sum(floor(random() * 2 * gap)::INTEGER) OVER (PARTITION BY c ORDER BY j)::INTEGER AS d
        FROM c, range(k) r(j)
      )
      SELECT 'c' || c AS customer_id, 'o' || row_number() OVER () AS order_id,
        (DATE '2022-01-01' + d)::TIMESTAMP AS order_ts, DATE '2022-01-01' + d AS order_date,
        (1 + random() * 200)::DECIMAL(18, 2) AS revenue, 1 AS lines
      FROM o WHERE d < 1096`);
for (const s of readFileSync('src/analysis/sql/lifecycle-macros.sql','utf8').split(/;\s*\n/).map(s=>s.replace(/^\s*--.*$/gm,'').trim()).filter(Boolean)) await c.run(s);
await c.run(readFileSync('src/analysis/sql/purchase-days.sql','utf8'));
const ch = readFileSync('src/analysis/sql/churn-monthly.sql','utf8');
await c.run("PRAGMA enable_profiling='json'"); await c.run("PRAGMA profiling_output='/tmp/lc/prof.json'"); const r = await c.runAndReadAll('' + ch.replace(/^--.*\n/gm,''), ['2022-01-01','2024-12-31',4]);

