import type { OrderStatus, PaymentMethod, TransactionType } from '../schema/order';

/** What portals print for each order status. */
export const STATUS_SYNONYMS: Readonly<Record<OrderStatus, readonly string[]>> = {
  paid: ['交易成功', '已支付', '支付成功', '成功', '已完成', '已付款', 'Paid', 'Success', 'Successful', 'Succeeded', 'Completed', 'Approved'],
  pending: ['待支付', '处理中', '未知', '未支付', '支付中', '交易处理中', '待确认', 'Pending', 'Processing', 'Unknown', 'In progress'],
  failed: ['失败', '交易失败', '支付失败', 'Failed', 'Declined'],
  voided: ['已撤销', '撤销成功', '已冲正', 'Voided', 'Void', 'Reversed'],
  refunded: ['已退款', '全额退款', '退款成功', 'Refunded', 'Fully refunded'],
  partially_refunded: ['部分退款', '部分已退款', '部分退款成功', 'Partially refunded', 'Partial refund'],
};

/** Settlement states: true is settled, false is not yet settled. */
export const SETTLED_SYNONYMS: Readonly<Record<'true' | 'false', readonly string[]>> = {
  true: ['已结算', '已清算', '结算成功', 'Settled'],
  false: ['未结算', '待结算', '未清算', 'Pending', 'Unsettled', 'Not settled', 'Pending settlement'],
};

/** How the customer paid. */
export const PAYMENT_METHOD_SYNONYMS: Readonly<Record<PaymentMethod, readonly string[]>> = {
  card: ['银行卡', '刷卡', '借记卡', '信用卡', '贷记卡', '储蓄卡', '银联卡', 'IC卡', '磁条卡', '外卡', 'Card', 'Bank Card', 'Debit Card', 'Credit Card', 'Visa', 'Mastercard'],
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
  preauth_completion: ['预授权完成', 'Preauth completion', 'Pre-auth completion', 'Pre-authorization completion', 'Completion'],
};

/** Transaction kinds that are not an original order (a void, a refund): never read as one of the above. */
export const NOT_AN_ORIGINAL_TRANSACTION: readonly string[] = ['撤销', '退货', '冲正', 'Void', 'Refund', 'Reversal', 'Cancel'];
