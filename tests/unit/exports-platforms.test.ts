import { describe, expect, it } from 'vitest';
import { ingestInNode, type Ingested } from '../exports/ingest-node.ts';
import { shopifyOrdersCsv } from '../exports/shopify.ts';
import { wooOrdersCsv } from '../exports/woocommerce.ts';
import type { Truth } from '../exports/random.ts';

/** Customers, orders, revenue and the quality counts of the generator's ground truth, with no correction. */
function expectTruth(got: Ingested, truth: Truth) {
  expect({ customers: got.customers, orders: got.orders, revenueCents: got.revenueCents }).toEqual({
    customers: truth.customers,
    orders: truth.orders,
    revenueCents: truth.revenueCents,
  });
  expect(got.quality.rowsRead).toBe(truth.rowsRead);
  expect(got.quality.skipped?.rows ?? 0).toBe(truth.skippedLines);
  expect(got.quality.rules.guest.rows).toBe(truth.guestRows);
  expect(got.quality.rules.return.rows).toBe(truth.returnRows);
  expect(got.quality.rules.bad_date.rows + got.quality.rules.bad_amount.rows + got.quality.malformed.rows).toBe(0);
}

describe('platform exports as they come', () => {
  it('Shopify: first-line-only Financial Status filled down; refunded and voided orders are returns as a whole', async () => {
    const { name, bytes, truth } = shopifyOrdersCsv();
    expect(truth.returnRows).toBeGreaterThan(20);
    const got = await ingestInNode(name, bytes);
    expect(got.guess.platform).toBe('shopify');
    expect(got.guess.mapping).toMatchObject({ customer_id: 'Email', order_id: 'Name', amount: null, quantity: 'Lineitem quantity', unit_price: 'Lineitem price', status: 'Financial Status' });
    expect([...got.guess.formats.cancelStatuses].sort()).toEqual(['refunded', 'voided']);
    expect(got.guess.formats.statusValues).toContain('partially_refunded');
    expectTruth(got, truth);
    // partially refunded orders stay purchases; what was refunded is reported
    expect(truth.partialRefundCents).toBeGreaterThan(0);
    expect(Math.round((got.quality.partialRefunds?.value ?? 0) * 100)).toBe(truth.partialRefundCents);
  });

  it('WooCommerce: e-mail over "Customer Note", quantity × item cost over the repeated order subtotal', async () => {
    const { name, bytes, truth } = wooOrdersCsv();
    const got = await ingestInNode(name, bytes);
    expect(got.guess.platform).toBe('woocommerce');
    expect(got.guess.mapping).toMatchObject({
      customer_id: 'Email (Billing)', order_id: 'Order Number', amount: null, quantity: 'Quantity (- Refund)', unit_price: 'Item Cost', status: 'Order Status',
    });
    expect([...got.guess.formats.cancelStatuses].sort()).toEqual(['Cancelled', 'Failed', 'Refunded']);
    expect(got.guess.customerFallback).toBe('Phone (Billing)');
    expectTruth(got, truth);
  });

  it('WooCommerce without the platform layout: the guesser alone avoids the note and the order subtotal', async () => {
    const { text } = wooOrdersCsv();
    // a renamed copy (columns as a store might relabel them) is not recognised as WooCommerce
    const renamed = text.replace('Order Number', 'Order No').replace('Order Status', 'Status').replace('Order Date', 'Date');
    const got = await ingestInNode('orders.csv', new TextEncoder().encode(renamed));
    expect(got.guess.platform).toBeNull();
    expect(got.guess.mapping.customer_id).toBe('Email (Billing)');
    expect(got.guess.mapping.amount).toBeNull();
    expect(got.guess.reasons.amount).toEqual({ key: 'orderTotal', params: { column: 'Order Subtotal Amount' } });
    expect(got.guess.reasons.customer_id?.key).toBe('email');
  });
});
