import type { OrderKey } from './order';

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
