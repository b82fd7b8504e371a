#!/usr/bin/env node
/**
 * `npm run test:warehouse` (issue 18): the warehouse step on a real distributed engine. Starts two local
 * ClickHouse servers (Debian's clickhouse-server, installed with apt-get when missing; loopback only, their own
 * config and data in a temporary directory) as a cluster of two shards, loads a generated purchase log into a
 * Distributed table sharded by customer, runs docs/warehouse/extract-clickhouse.sql on it, feeds the result to
 * the command line, and checks that the KPIs, lifecycle counts and churn totals equal those of the same log
 * analysed directly by the command line. Bounded (WAREHOUSE_TIMEOUT_S, default 900 s); stops its servers.
 *
 * Env: WAREHOUSE_ROWS (default 300000 lines), WAREHOUSE_PORT (first of four ports, default 29401).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateRetailCsv } from '../bench/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = Number(process.env.WAREHOUSE_ROWS ?? 300_000);
const PORT = Number(process.env.WAREHOUSE_PORT ?? 29401);
const TIMEOUT_S = Number(process.env.WAREHOUSE_TIMEOUT_S ?? 900);
const SHARDS = [0, 1].map((i) => ({ name: `shard${i + 1}`, tcp: PORT + i, http: PORT + 2 + i }));
const dir = mkdtempSync(path.join(tmpdir(), 'ottok-warehouse-'));
const servers = [];
const log = (message) => console.log(`[warehouse] ${message}`);

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ').slice(0, 200)} failed (${result.status}): ${result.stderr || result.error}`);
  return result.stdout;
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function ensureClickhouse() {
  if (has('clickhouse-server') && has('clickhouse-client')) return;
  log('clickhouse-server is missing; Debian ships:');
  console.log(spawnSync('apt-cache', ['policy', 'clickhouse-server'], { encoding: 'utf8' }).stdout);
  const install = ['install', '-y', '--no-install-recommends', 'clickhouse-server', 'clickhouse-client'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', install, { stdio: 'inherit', env }).status !== 0) {
    sh('apt-get', ['update'], { env });
    sh('apt-get', install, { env, stdio: 'inherit' });
  }
}

/** ClickHouse 18.16's server config (root element <yandex>), loopback only, everything under `home`. */
function serverConfig(shard, home) {
  const replicas = SHARDS.map((s) => `<shard><replica><host>127.0.0.1</host><port>${s.tcp}</port></replica></shard>`).join('');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${home}/server.log</log><errorlog>${home}/error.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${shard.tcp}</tcp_port>
  <http_port>${shard.http}</http_port>
  <path>${home}/data/</path>
  <tmp_path>${home}/tmp/</tmp_path>
  <user_files_path>${home}/user_files/</user_files_path>
  <users_config>${home}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <remote_servers><ottok_two_shards>${replicas}</ottok_two_shards></remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

const client = (shard, args, options) => sh('clickhouse-client', ['--host', '127.0.0.1', '--port', String(shard.tcp), ...args], options);

async function startServers() {
  for (const shard of SHARDS) {
    const home = path.join(dir, shard.name);
    mkdirSync(home, { recursive: true });
    writeFileSync(path.join(home, 'users.xml'), USERS);
    writeFileSync(path.join(home, 'config.xml'), serverConfig(shard, home));
    const server = spawn('clickhouse-server', [`--config-file=${home}/config.xml`], { cwd: home, stdio: 'ignore' });
    servers.push(server);
  }
  for (const shard of SHARDS) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (spawnSync('clickhouse-client', ['--host', '127.0.0.1', '--port', String(shard.tcp), '--query', 'SELECT 1']).status === 0) break;
      if (Date.now() > deadline) throw new Error(`${shard.name} did not start: ${readFileSync(path.join(dir, shard.name, 'error.log'), 'utf8').slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  log(`ClickHouse ${client(SHARDS[0], ['--query', 'SELECT version()']).trim()}: two shards on 127.0.0.1:${SHARDS.map((s) => s.tcp).join(', ')}`);
}

async function stopServers() {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise((resolve) => {
          if (server.exitCode !== null) return resolve();
          const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
          server.once('exit', () => (clearTimeout(force), resolve()));
          server.kill('SIGTERM');
        }),
    ),
  );
}

/** The generated UCI-shaped log as the extract's input columns (TabSeparated), by plain SQL. */
async function toPurchaseLines(csv, tsv) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (
    SELECT CustomerID AS customer_id, InvoiceNo AS order_id, InvoiceDate AS order_ts,
      CAST(Quantity AS BIGINT) * CAST(UnitPrice AS DECIMAL(18, 4)) AS amount, CAST(Quantity AS BIGINT) AS quantity,
      '' AS status, StockCode AS product
    FROM read_csv('${csv}', header = true, all_varchar = true)
  ) TO '${tsv}' (HEADER false, DELIMITER '\t', QUOTE '', NULLSTR '')`);
  connection.closeSync();
  instance.closeSync();
}

function cliFigures(file, out) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/ottok.mjs'), 'analyse', file, '--json', '--out', out], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`ottok analyse ${file} failed (${result.status})`);
  return JSON.parse(result.stdout);
}

function compare(direct, viaWarehouse) {
  const pick = (s) => ({ kpis: s.kpis, revenue: s.revenueText, lifecycle: s.lifecycle, churned: s.churn.churned_customers, revenueLost: s.churn.revenue_lost, pooledChurn: s.churn.pooled_rate, range: s.range });
  const a = pick(direct);
  const b = pick(viaWarehouse);
  const failures = [];
  const walk = (x, y, where) => {
    if (x && typeof x === 'object') for (const key of Object.keys(x)) walk(x[key], y?.[key], `${where}.${key}`);
    else if (x !== y) failures.push(`${where}: directly ${x}, through ClickHouse ${y}`);
  };
  walk(a, b, 'figures');
  return { failures, a };
}

async function main() {
  ensureClickhouse();
  const csv = path.join(dir, 'purchases.csv');
  const tsv = path.join(dir, 'purchase_lines.tsv');
  const days = path.join(dir, 'customer_days.csv');
  log(`generating a purchase log of ${ROWS.toLocaleString('en')} lines`);
  await generateRetailCsv(csv, ROWS);
  await toPurchaseLines(csv, tsv);
  await startServers();
  const columns = 'customer_id String, order_id String, order_ts DateTime, amount Decimal(18, 4), quantity Int64, status String, product String';
  for (const shard of SHARDS) {
    client(shard, ['--query', `CREATE TABLE purchase_lines_local (${columns}) ENGINE = MergeTree() ORDER BY (customer_id, order_ts)`]);
  }
  const [first] = SHARDS;
  client(first, ['--query', "CREATE TABLE purchase_lines AS purchase_lines_local ENGINE = Distributed(ottok_two_shards, default, purchase_lines_local, cityHash64(customer_id))"]);
  const input = openSync(tsv, 'r');
  try {
    client(first, ['--insert_distributed_sync=1', '--query', 'INSERT INTO purchase_lines FORMAT TabSeparated'], { stdio: [input, 'pipe', 'pipe'] });
  } finally {
    closeSync(input);
  }
  const perShard = SHARDS.map((s) => Number(client(s, ['--query', 'SELECT count() FROM purchase_lines_local'])));
  log(`lines per shard: ${perShard.join(' + ')} = ${perShard[0] + perShard[1]}`);
  if (perShard.some((n) => n === 0) || perShard[0] + perShard[1] !== ROWS) throw new Error('the lines are not spread over both shards');

  const extract = readFileSync(path.join(root, 'docs/warehouse/extract-clickhouse.sql'), 'utf8').replace(/;\s*$/, '');
  const started = performance.now();
  const output = openSync(days, 'w');
  try {
    client(first, ['--format', 'CSVWithNames', '--query', extract], { stdio: ['ignore', output, 'pipe'] });
  } finally {
    closeSync(output);
  }
  const dayRows = readFileSync(days, 'utf8').trim().split('\n').length - 1;
  log(`extract on the Distributed table: ${dayRows.toLocaleString('en')} customer-days in ${((performance.now() - started) / 1000).toFixed(2)} s`);

  log('the command line on the log itself, and on the extract');
  const direct = cliFigures(csv, path.join(dir, 'direct.ottok.json'));
  const viaWarehouse = cliFigures(days, path.join(dir, 'warehouse.ottok.json'));
  if (viaWarehouse.kind !== 'customer_days') throw new Error(`the extract was read as ${viaWarehouse.kind}, not as customer-days`);
  const { failures, a } = compare(direct, viaWarehouse);
  log(`customers ${a.kpis.customers}, orders ${a.kpis.orders}, revenue ${a.revenue}, lifecycle ${JSON.stringify(a.lifecycle)}, churned ${a.churned}`);
  if (failures.length) throw new Error(`the figures differ:\n  ${failures.join('\n  ')}`);
  log('KPIs, lifecycle counts and churn totals are equal');
}

const timer = setTimeout(async () => {
  console.error(`[warehouse] timed out after ${TIMEOUT_S} s`);
  await stopServers();
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}, TIMEOUT_S * 1000);

try {
  await main();
  console.log('1 passed, 0 failed');
} catch (error) {
  console.error(`[warehouse] ${error instanceof Error ? error.message : error}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await stopServers();
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
