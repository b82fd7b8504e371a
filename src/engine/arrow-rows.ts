import type { Table } from 'apache-arrow';
import type { Row } from '../analysis/db';

/** Arrow results → plain objects: lists to arrays, BigInt to number. The only place Arrow values are normalised. */
export function arrowToRows<T extends Row>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((name) => table.getChild(name)!);
  const rows: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    names.forEach((name, c) => (row[name] = plain(columns[c].get(i))));
    rows[i] = row as T;
  }
  return rows;
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value) {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plain);
  }
  return value;
}
