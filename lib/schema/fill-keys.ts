/*
 * What a fill request can hold, as plain lists: the fill script checks requests without zod, and
 * lib/schema/fill.ts builds its enums from these.
 */

/** The order's fields the form filler writes, in the order a report lists them. */
export const ORDER_FILL_KEYS = [
  'orderNo',
  'amountMinor',
  'currency',
  'paidAt',
  'merchantId',
  'terminalId',
  'batchNo',
  'voucherNo',
  'referenceNo',
  'authCode',
] as const;

/** Everything the form filler can put into a form, in report order: the order's fields, then the request's. */
export const FILL_KEYS = [
  ...ORDER_FILL_KEYS,
  'requestType',
  'reason',
  'description',
  'contactName',
  'contactPhone',
  'contactEmail',
  'files',
] as const;

/** The kinds of cancellation a request may ask for. */
export const REQUEST_TYPES = ['void', 'refund', 'preauth_cancel'] as const;

/** Why a cancellation is requested. */
export const FILL_REASONS = [
  'duplicate_charge',
  'wrong_amount',
  'customer_cancelled',
  'system_failure',
  'operator_error',
  'other',
] as const;
