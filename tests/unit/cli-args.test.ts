/** The command line's options and the per-customer-day detection: hand-written cases. */
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../src/cli/args';
import { customerDayMapping, looksLikeCustomerDays } from '../../src/ingest/customer-days';

describe('ottok analyse options', () => {
  it('reads files, --map pairs (in one or several flags) and the settings', () => {
    const o = parseCli(['analyse', 'a.csv', 'b/*.csv', '--map', 'customer=Клиент,date=Дата', '--map', 'orders=n', '--as-of', '2024-03-31', '--kind', 'customer-days', '--margin', '0.4']);
    expect(o.files).toEqual(['a.csv', 'b/*.csv']);
    expect(o.map).toEqual({ customer_id: 'Клиент', order_ts: 'Дата', quantity: 'n' });
    expect(o.asOf).toBe('2024-03-31');
    expect(o.kind).toBe('customer_days');
    expect(o.margin).toBe(0.4);
    expect(o.threads).toBeNull();
  });

  it('refuses what it cannot use, saying how to write it', () => {
    expect(() => parseCli(['analyse'])).toThrow(/No input file/);
    expect(() => parseCli(['report', 'a.csv'])).toThrow(/Unknown command “report”/);
    expect(() => parseCli(['analyse', 'a.csv', '--as-of', '31.03.2024'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseCli(['analyse', 'a.csv', '--map', 'client'])).toThrow(/role=Column/);
    expect(() => parseCli(['analyse', 'a.csv', '--margin', '30'])).toThrow(UsageError);
    expect(() => parseCli(['analyse', 'a.csv', '--kind', 'days'])).toThrow(/lines or customer-days/);
    expect(() => parseCli(['analyse', 'a.csv', '--memory', 'lots'])).toThrow(/8GB/);
    expect(parseCli(['analyse', 'a.csv', '--memory', '6GB']).memoryLimit).toBe('6GB');
  });
});

describe('per-customer-day tables', () => {
  it('are told from purchase lines by their columns', () => {
    expect(looksLikeCustomerDays(['customer_id', 'day', 'orders', 'revenue'])).toBe(true);
    expect(looksLikeCustomerDays(['customer_id', 'day', 'orders', 'product', 'revenue'])).toBe(true);
    // UCI lines: a quantity and an invoice number are line-level columns
    expect(looksLikeCustomerDays(['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'])).toBe(false);
    expect(looksLikeCustomerDays(['customer_id', 'date', 'orders', 'revenue', 'quantity'])).toBe(false);
    expect(looksLikeCustomerDays(['customer_id', 'day', 'revenue'])).toBe(false);
  });

  it('map the day, revenue and order count onto the date, amount and quantity roles', () => {
    expect(customerDayMapping(['customer_id', 'day', 'orders', 'revenue', 'category'])).toEqual({
      customer_id: 'customer_id', order_ts: 'day', amount: 'revenue', quantity: 'orders', product: null, category: 'category',
      order_id: null, unit_price: null, status: null,
    });
  });
});
