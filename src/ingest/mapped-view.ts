import { sqlIdent, type Db } from '../analysis/db';
import { ROLES, type Mapping, type Role } from './types';
import { skipExpression } from './layout';

/** Source columns per canonical role, as the view `mapped` names them (`customer_id` → `customer_raw`, …). */
const RAW_NAME: Record<Role, string> = {
  customer_id: 'customer_raw',
  order_ts: 'ts_raw',
  amount: 'amount_raw',
  order_id: 'order_raw',
  product: 'product_raw',
  quantity: 'quantity_raw',
  unit_price: 'price_raw',
  status: 'status_raw',
  category: 'category_raw',
};

/**
 * View `mapped` over `raw`: one VARCHAR column per canonical role (NULL where unmapped), the row's origin,
 * and `_line_hash`, a 64-bit hash of every column that finds exact duplicate lines without sorting the
 * whole file by all its columns; a false match needs a hash collision (odds about n²/2⁶⁵, ~3·10⁻⁶ for
 * 10 M lines). `_skip` is NULL for a data row, else the text of a blank, totals or repeated header row
 * (layout.ts `skipExpression`; `rawHeader` = the header cells as written, default the column names).
 * `customerFallback`: a column read as the customer where the mapped one is empty (e-mail → phone, DESIGN §3c).
 */
export async function createMappedView(
  db: Db,
  header: string[],
  mapping: Mapping,
  rawHeader: string[] = header,
  customerFallback: string | null = null,
): Promise<void> {
  const roles = ROLES.map((role) => {
    const source = mapping[role];
    const column = source ? sqlIdent(source) : 'NULL::VARCHAR';
    const read = role === 'customer_id' && source && customerFallback ? `COALESCE(NULLIF(trim(${column}), ''), ${sqlIdent(customerFallback)})` : column;
    return `${read} AS ${RAW_NAME[role]}`;
  });
  const everyColumn = header.map(sqlIdent).join(', ');
  await db.query(`CREATE OR REPLACE VIEW mapped AS
SELECT _file, _row, hash(${everyColumn}) AS _line_hash,
  ${skipExpression(header, rawHeader)} AS _skip,
  ${roles.join(',\n  ')}
FROM raw`);
}
