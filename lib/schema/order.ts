import { z } from 'zod';
import { ORDER_STATUSES, TRANSACTION_TYPES } from './field-kinds';

export const TransactionType = z.enum(TRANSACTION_TYPES);
export type TransactionType = z.infer<typeof TransactionType>;

export const PaymentMethod = z.enum(['card', 'cash', 'wechat', 'alipay', 'unionpay_qr', 'other']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** ISO 8601 instant that carries its own offset, so it never depends on the machine's zone. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

/** Money in integer minor units (fen, cents); never floats. */
export const MinorUnits = z.number().int();

/** Keeps at most the first 6 and last 4 digits of a card number visible. */
export const MaskedCard = z
  .string()
  .max(40)
  .refine((s) => (s.match(/\d/g) ?? []).length <= 10, 'a card number may show at most first 6 and last 4 digits');

export const Order = z.object({
  orderNo: z.string().min(1).max(128),
  merchantId: z.string().max(64).optional(),
  merchantName: z.string().max(256).optional(),
  terminalId: z.string().max(64).optional(),
  batchNo: z.string().max(32).optional(),
  voucherNo: z.string().max(32).optional(),
  referenceNo: z.string().max(64).optional(),
  authCode: z.string().max(32).optional(),
  transactionType: TransactionType.optional(),
  paymentMethod: PaymentMethod.optional(),
  cardMasked: MaskedCard.optional(),
  amountMinor: MinorUnits.nonnegative().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  refundedMinor: MinorUnits.nonnegative().optional(),
  refundCount: z.number().int().nonnegative().optional(),
  paidAt: Instant.optional(),
  status: OrderStatus.optional(),
  settled: z.boolean().optional(),
});
export type Order = z.infer<typeof Order>;

/** The order's keys, in the order the panel shows them. */
export const ORDER_KEYS = Order.keyof().options;
export type OrderKey = (typeof ORDER_KEYS)[number];
