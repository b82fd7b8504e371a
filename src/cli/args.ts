/** `ottok analyse …` arguments: parsed and checked before any file is read. */
import { parseArgs } from 'node:util';
import type { Role } from '../ingest/types';
import type { InputKind } from '../ingest/customer-days';

export interface CliOptions {
  files: string[];
  /** Role → column name, from --map (overrides the guess). */
  map: Partial<Record<Role, string>>;
  asOf: string | null;
  out: string | null;
  tables: string | null;
  kind: InputKind | null;
  keepZeroAmounts: boolean;
  dropDuplicates: boolean;
  margin: number;
  currency: string | null;
  threads: number | null;
  memoryLimit: string | null;
  json: boolean;
}

export const USAGE = `Usage: ottok analyse <files or globs: CSV, TSV, XLSX, Parquet> [options]

  --map role=Column,…     columns by hand; roles: customer, date, amount, order, product, quantity,
                          price, status, category (per-customer-day input: customer, day, orders, revenue)
  --kind lines|customer-days   the input kind (default: detected from the header)
  --as-of YYYY-MM-DD      analyse as of this date (default: the last purchase)
  --out FILE.ottok.json   the snapshot for the web app (default: <first file>.ottok.json)
  --tables DIR            also write DIR/customers.parquet (status, RFM, CLV per customer)
  --keep-zero-amounts     count zero-amount orders as purchases with no revenue
  --drop-duplicates       drop exact duplicate lines
  --margin 0.3            gross margin for simple LTV and CLV
  --currency RUB          currency of the amounts (default: the file's own sign, else none)
  --threads N             DuckDB threads (default: every core)
  --memory 8GB            DuckDB memory limit; beyond it DuckDB spills to a temporary directory
  --json                  print the figures as JSON instead of text`;

const ALIASES: Record<string, Role> = {
  customer: 'customer_id', customer_id: 'customer_id',
  date: 'order_ts', day: 'order_ts', order_ts: 'order_ts',
  amount: 'amount', revenue: 'amount',
  order: 'order_id', order_id: 'order_id',
  product: 'product', category: 'category', status: 'status',
  quantity: 'quantity', orders: 'quantity',
  price: 'unit_price', unit_price: 'unit_price',
};

export class UsageError extends Error {}

export function parseCli(argv: string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      map: { type: 'string', multiple: true },
      kind: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      tables: { type: 'string' },
      'keep-zero-amounts': { type: 'boolean' },
      'drop-duplicates': { type: 'boolean' },
      margin: { type: 'string' },
      currency: { type: 'string' },
      threads: { type: 'string' },
      memory: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError('');
  const [command, ...files] = positionals;
  if (command !== 'analyse' && command !== 'analyze') throw new UsageError(command ? `Unknown command “${command}”.` : 'No command given.');
  if (files.length === 0) throw new UsageError('No input file given.');
  const asOf = values['as-of'] ?? null;
  if (asOf !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))) {
    throw new UsageError(`--as-of “${asOf}” is not a date: write it as YYYY-MM-DD.`);
  }
  const kind = values.kind ?? null;
  if (kind !== null && kind !== 'lines' && kind !== 'customer-days') throw new UsageError(`--kind must be lines or customer-days, not “${kind}”.`);
  const margin = values.margin === undefined ? 0.3 : Number(values.margin);
  if (!(margin >= 0 && margin <= 1)) throw new UsageError(`--margin “${values.margin}” must be a fraction between 0 and 1 (0.3 = 30 %).`);
  const threads = values.threads === undefined ? null : Number(values.threads);
  if (threads !== null && !(Number.isInteger(threads) && threads > 0)) throw new UsageError(`--threads “${values.threads}” must be a positive whole number.`);
  const memory = values.memory ?? null;
  if (memory !== null && !/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memory)) {
    throw new UsageError(`--memory “${memory}” must be a size such as 8GB or 512MB.`);
  }
  return {
    files,
    map: parseMap(values.map ?? []),
    asOf,
    out: values.out ?? null,
    tables: values.tables ?? null,
    kind: kind === 'customer-days' ? 'customer_days' : kind === 'lines' ? 'lines' : null,
    keepZeroAmounts: values['keep-zero-amounts'] ?? false,
    dropDuplicates: values['drop-duplicates'] ?? false,
    margin,
    currency: values.currency?.toUpperCase() ?? null,
    threads,
    memoryLimit: memory,
    json: values.json ?? false,
  };
}

function parseMap(items: string[]): Partial<Record<Role, string>> {
  const map: Partial<Record<Role, string>> = {};
  for (const pair of items.flatMap((item) => item.split(','))) {
    const at = pair.indexOf('=');
    const role = ALIASES[pair.slice(0, at).trim().toLowerCase()];
    if (at < 0 || !role) {
      throw new UsageError(`--map “${pair}”: write role=Column with a role among ${Object.keys(ALIASES).join(', ')}.`);
    }
    map[role] = pair.slice(at + 1).trim();
  }
  return map;
}

