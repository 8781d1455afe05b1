import type { AmbiguousWordGroup } from './settlement-words';

/**
 * Status words left out because providers mean different things by them, or because the shorter word they
 * contain would be read wrongly ("退款失败" holds "失败", yet the money was taken). A text containing one of
 * these is not read at all: "a word the vocabulary does not know stays a problem shown to the agent".
 */
export const AMBIGUOUS_STATUS_WORDS: readonly AmbiguousWordGroup[] = [
  {
    words: ['转入退款', 'REFUND'],
    why: 'WeChat REFUND only says a refund was started: full or partial, finished or still in flight is not said',
    source:
      'WeChat Pay trade_state REFUND 转入退款 (developers.weixin.qq.com/community/develop/doc/000828ee0188b0c9ce0d451365b400)',
  },
  {
    words: ['已关闭', '交易关闭', 'Closed', 'TRADE_CLOSED'],
    why:
      'WeChat CLOSED is an unpaid order closed (no funds taken), but Alipay TRADE_CLOSED is also a fully refunded trade, ' +
      'and WeChat answers 关闭 for an already refunded order refunded again',
    source:
      'WeChat trade_state CLOSED (developers.weixin.qq.com/community/pay/doc/000a0ad2f7c380e365e83e28d5a400); Alipay TRADE_CLOSED (docs.antom.com/ac/gr/trade_status)',
  },
  {
    words: ['退款关闭', '退款异常', '退款失败', 'Refund failed', 'Refund rejected'],
    why: 'The refund did not happen: the payment is still paid or partly refunded, and the page does not say which',
    source:
      'WeChat refund CLOSED/ABNORMAL (pay.weixin.qq.com/doc/v3/merchant/4013071031); Square refund REJECTED/FAILED (docs.rs square-api-client PaymentRefundStatus)',
  },
  {
    words: ['撤销失败', '冲正失败', '退货失败', '撤单失败'],
    why: 'The void, reversal or refund failed, so the original payment stands; the "失败" inside must not read as "no funds taken"',
    source:
      'ChinaUMS payStatus 8/16/19 (qmf-chinaums/qmf-cashier documents/comment/comment.pay.status.doc.md); Shouqianba CANCEL_ERROR',
  },
  {
    words: ['不确定'],
    why: 'Shouqianba says in words that the outcome is unknown, yet the sentence starts with "支付失败"',
    source: 'Shouqianba PAY_ERROR 支付失败，不确定是否已经成功充正 (WoSai/shouqianba-doc api/core.md)',
  },
  {
    words: ['Capture failed', 'CaptureFailed'],
    why: 'Adyen retries the capture and may still take the money: neither failed nor paid yet',
    source: 'Adyen CaptureFailed (docs.adyen.com/account/payments-lifecycle)',
  },
  {
    words: ['Received'],
    why: 'Adyen "Received" is an attempt not yet authorised; elsewhere "received" means the money arrived',
    source: 'Adyen Received (docs.adyen.com/essentials/payments-lifecycle)',
  },
  {
    words: ['Error'],
    why: 'Adyen "Error" is final with no payment taken; other gateways report an error when the result is unknown',
    source: 'Adyen Error (docs.adyen.com/account/payments-lifecycle)',
  },
  {
    words: ['Under review', 'In review'],
    why: 'A dispute under review at Stripe, a risk review at other processors',
    source:
      'Stripe dispute under_review (pub.dev stripe_api_client); LoanPro In Review (developers.loanpro.io/docs/payment-status-values)',
  },
  {
    words: ['Won', 'Lost'],
    why: 'Alone they could be anything; only "Dispute won/lost" is recorded',
    source: 'Stripe dispute won/lost (pub.dev stripe_api_client Dispute.status)',
  },
  {
    words: ['交易结束'],
    why: 'Alipay TRADE_FINISHED (paid, refund period over) is worded 交易结束, which also reads as a closed or ended trade',
    source: 'Alipay TRADE_FINISHED 交易结束，不可退款 (developer.aliyun.com/article/707619)',
  },
  {
    words: ['确认失败', '已经确认'],
    why: 'ChinaUMS does not say what was (not) confirmed',
    source: 'ChinaUMS payStatus 5/13 (qmf-chinaums/qmf-cashier documents/comment/comment.pay.status.doc.md)',
  },
  {
    words: ['退单'],
    why: 'Used for a chargeback in some translations, but in Chinese retail it is the customer cancelling an order',
    source: 'No provider document read settles it; kept out on purpose',
  },
];
