import { ORDER_STATUSES } from '../schema/field-kinds';
import type { OrderStatus, PaymentMethod, TransactionType } from '../schema/order';
import { SETTLEMENT_WORD_GROUPS } from './settlement-words';
import { STATUS_WORD_GROUPS } from './status-words';

function mergeGroups<K extends string>(
  keys: readonly K[],
  groups: [K, readonly string[]][],
): Record<K, readonly string[]> {
  const merged = Object.fromEntries(keys.map((k) => [k, [] as string[]])) as Record<K, string[]>;
  for (const [key, words] of groups) for (const w of words) if (!merged[key].includes(w)) merged[key].push(w);
  return merged;
}

/** What portals print for each order status: every provider group of status-words.ts, merged. */
export const STATUS_SYNONYMS: Readonly<Record<OrderStatus, readonly string[]>> = mergeGroups(
  ORDER_STATUSES,
  STATUS_WORD_GROUPS.map((g) => [g.status, g.words]),
);

/** Settlement states: true is settled, false is not yet settled; merged from settlement-words.ts. */
export const SETTLED_SYNONYMS: Readonly<Record<'true' | 'false', readonly string[]>> = mergeGroups(
  ['true', 'false'],
  SETTLEMENT_WORD_GROUPS.map((g) => [g.settled ? 'true' : 'false', g.words]),
);

/** How the customer paid. */
export const PAYMENT_METHOD_SYNONYMS: Readonly<Record<PaymentMethod, readonly string[]>> = {
  card: [
    '银行卡',
    '刷卡',
    '借记卡',
    '信用卡',
    '贷记卡',
    '储蓄卡',
    '银联卡',
    'IC卡',
    '磁条卡',
    '外卡',
    'Card',
    'Bank Card',
    'Debit Card',
    'Credit Card',
    'Visa',
    'Mastercard',
  ],
  cash: ['现金', 'Cash'],
  wechat: ['微信', '微信支付', 'WeChat Pay', 'WeChat', 'Weixin'],
  alipay: ['支付宝', 'Alipay'],
  unionpay_qr: ['云闪付', '银联二维码', '银联扫码', 'UnionPay QR'],
  other: ['数字人民币', 'e-CNY', 'Apple Pay', 'Google Pay'],
};

/** The kind of transaction the order is. */
export const TRANSACTION_TYPE_SYNONYMS: Readonly<Record<TransactionType, readonly string[]>> = {
  sale: ['消费', 'Sale', 'Purchase'],
  preauth: ['预授权', 'Pre-authorization', 'Preauthorization', 'Preauth', 'Pre-auth'],
  preauth_completion: [
    '预授权完成',
    'Preauth completion',
    'Pre-auth completion',
    'Pre-authorization completion',
    'Completion',
  ],
};

/**
 * Transaction kinds that are not an original order (a void, a refund): never read as one of the above. A
 * status outcome next to one of these ("Refund successful", "撤单…失败") is about that operation, not the payment.
 */
export const NOT_AN_ORIGINAL_TRANSACTION: readonly string[] = [
  '撤销',
  '退货',
  '退款',
  '冲正',
  '撤单',
  'Void',
  'Refund',
  'Reversal',
  'Cancel',
];
