import type { OrderKey } from './order';

/*
 * What the page needs to know of the order's fields as plain data: the content script reads these without
 * zod, and lib/schema/order.ts builds its enums from them.
 */

/** The kinds of the original transaction. */
export const TRANSACTION_TYPES = ['sale', 'preauth', 'preauth_completion'] as const;

/** The statuses an order can have. */
export const ORDER_STATUSES = [
  'pending',
  'paid',
  'failed',
  'voided',
  'refunded',
  'partially_refunded',
  'disputed',
] as const;

export type FieldKind = 'text' | 'amount' | 'count' | 'instant' | 'enum' | 'boolean';

/** How each order field is edited and shown. */
export const FIELD_KINDS: Record<OrderKey, FieldKind> = {
  orderNo: 'text',
  merchantId: 'text',
  merchantName: 'text',
  terminalId: 'text',
  batchNo: 'text',
  voucherNo: 'text',
  referenceNo: 'text',
  authCode: 'text',
  transactionType: 'enum',
  paymentMethod: 'enum',
  cardMasked: 'text',
  amountMinor: 'amount',
  currency: 'text',
  refundedMinor: 'amount',
  refundCount: 'count',
  paidAt: 'instant',
  status: 'enum',
  settled: 'boolean',
};
