import type { OrderStatus } from '../schema/order';

/** Words one provider's documentation uses for one order status, and where they were read. */
export interface StatusWordGroup {
  readonly status: OrderStatus;
  readonly words: readonly string[];
  readonly source: string;
  /** Only the whole text counts: a bare "成功" also ends "关闭成功" or "签名成功", which say nothing about the money. */
  readonly wholeTextOnly?: true;
}

const WECHAT =
  'WeChat Pay trade_state (hlib-go/hwxpay v3/consts.go; developers.weixin.qq.com/community/pay/doc/000682dbdf03b86b1e70388f561000)';
const WECHAT_REFUND = 'WeChat Pay refund status (pay.weixin.qq.com/doc/v3/merchant/4013071031)';
const ALIPAY = 'Alipay trade_status (developer.aliyun.com/article/707619; docs.antom.com/ac/gr/trade_status)';
const UNIONPAY =
  'UnionPay ACP demo: query, consume-undo and refund (hectorqin/lpays src/libs/upacp_apple_pay/demo/api_05_app/Form_6_5_Query.php, Form_6_3_ConsumeUndo.php, Form_6_4_Refund.php)';
const CHINAUMS =
  'ChinaUMS (银联商务) cashier payStatus (qmf-chinaums/qmf-cashier documents/comment/comment.pay.status.doc.md)';
const SHOUQIANBA =
  'Shouqianba order_status / result_code (WoSai/shouqianba-doc api/core.md, en/api/transaction/appendix.md)';
const STRIPE =
  'Stripe PaymentIntent status (docs.stripe.com/docs/payments/paymentintents/lifecycle; stripe.dev stripe-terminal-ios SCPPaymentIntentStatus)';
const STRIPE_DISPUTE =
  'Stripe dispute status (pub.dev stripe_api_client Dispute.status; docs.stripe.com/disputes/how-disputes-work?locale=zh-CN)';
const ADYEN =
  'Adyen payment lifecycle (docs.adyen.com/account/payments-lifecycle, docs.adyen.com/essentials/payments-lifecycle, docs.adyen.com/reporting/reports-and-the-payments-lifecycle)';
const SQUARE =
  'Square PaymentStatus (docs.rs squareup models/enums/payment_status.rs; developer.squareup.com/forums/t/3482; developer.squareup.com/reference/square/objects/TenderSquareAccountDetailsStatus)';
const BRAINTREE =
  'Braintree transaction statuses (developer.paypal.com/braintree/docs/reference/general/statuses; docs.rs braintree transaction::Status)';
const HAND_MADE = 'CancelDesk first hand-made list (wording of the test portals), kept as it was';

/**
 * Status words by provider. Settlement words live in settlement-words.ts and must not come here: the capture
 * reads "settled" on its own and infers "paid" from it. Words that mean different things at different
 * providers are in ambiguous-status-words.ts instead.
 */
export const STATUS_WORD_GROUPS: readonly StatusWordGroup[] = [
  { status: 'paid', words: ['支付成功'], source: WECHAT },
  // NOTPAY is not final: an unpaid order can still be paid later (same thread), so it is "query first", not "no funds".
  {
    status: 'pending',
    words: ['未支付', 'NOTPAY', 'Not paid', '用户支付中', 'USERPAYING', '等待扣款'],
    source: WECHAT,
  },
  { status: 'failed', words: ['支付失败', 'PAYERROR'], source: WECHAT },
  // REVOKED: a 付款码 order revoked because its result was unclear (developers.weixin.qq.com/community/develop/doc/000828ee0188b0c9ce0d451365b400).
  { status: 'voided', words: ['已撤销', 'REVOKED'], source: WECHAT },
  { status: 'refunded', words: ['退款成功'], source: WECHAT_REFUND },
  { status: 'pending', words: ['退款处理中'], source: WECHAT_REFUND },

  // TRADE_SUCCESS stays after partial refunds, so the refunded amount, not this word, tells them apart.
  // TRADE_FINISHED is paid with the refund period over: the rule windows refuse the refund, not the status.
  { status: 'paid', words: ['交易支付成功', 'TRADE_SUCCESS', 'TRADE_FINISHED'], source: ALIPAY },
  { status: 'pending', words: ['等待买家付款', 'WAIT_BUYER_PAY'], source: ALIPAY },

  { status: 'paid', words: ['交易成功'], source: `${UNIONPAY}: origRespCode 00` },
  { status: 'pending', words: ['交易处理中', '处理超时'], source: `${UNIONPAY}: 03/04/05, query again` },
  { status: 'failed', words: ['交易失败'], source: `${UNIONPAY}: any other code` },
  { status: 'voided', words: ['撤销成功'], source: `${UNIONPAY}: same clearing day, full amount only` },
  // 退货 may be partial; the fully-refunded guard reads the refunded amount, and "refunded" is the side that moves no money.
  { status: 'refunded', words: ['已退货', '退货成功'], source: UNIONPAY },
  { status: 'partially_refunded', words: ['部分退货', '部分退货成功'], source: UNIONPAY },
  // A reversal cancels the original's result (CUPS spec as quoted at blog.csdn.net/sunhuansheng/article/details/103762189).
  { status: 'voided', words: ['已冲正', '冲正成功', '已经冲正'], source: `${CHINAUMS}; reversal per CUPS spec` },
  {
    status: 'pending',
    words: ['支付中', '确认中', '交易超时无应答', '撤销中', '退货中', '冲正中', '支付准备中', '支付准备成功'],
    source: CHINAUMS,
  },

  { status: 'paid', words: ['订单支付成功'], source: SHOUQIANBA },
  // PAY_CANCELED: payment failed and was reversed, so nothing was taken.
  { status: 'failed', words: ['PAY_CANCELED'], source: SHOUQIANBA },
  // *_ERROR: "不确定…最终状态", the result is unknown, which is exactly the "query first" guard.
  { status: 'pending', words: ['PAY_ERROR', 'REFUND_ERROR', 'CANCEL_ERROR'], source: SHOUQIANBA },
  { status: 'refunded', words: ['已成功全额退款'], source: SHOUQIANBA },
  { status: 'partially_refunded', words: ['已成功部分退款', 'PARTIAL_REFUNDED'], source: SHOUQIANBA },
  { status: 'voided', words: ['撤单成功', '撤单已成功', '撤单操作成功'], source: SHOUQIANBA },

  // requires_capture is an authorisation, read like Adyen's Authorised below.
  { status: 'paid', words: ['Succeeded', 'Requires capture', 'requires_capture'], source: STRIPE },
  {
    status: 'pending',
    words: [
      'Processing',
      'Requires action',
      'requires_action',
      'Requires payment method',
      'requires_payment_method',
      'Requires confirmation',
    ],
    source: STRIPE,
  },
  // Canceled, Cancelled: Stripe, Adyen and Square all cancel an authorisation (Square: "voided (i.e., canceled)"),
  // Shouqianba CANCELED is a 撤单; in every case nothing is left to cancel, which is what "voided" guards.
  { status: 'voided', words: ['Canceled'], source: STRIPE },
  // A lost dispute already returned the money through the scheme, a won one can still move: both need a person.
  {
    status: 'disputed',
    words: ['Disputed', 'Needs response', 'Dispute lost', 'Dispute won', '争议中'],
    source: STRIPE_DISPUTE,
  },

  // Authorised: the issuer holds the cardholder's funds. Our model has no "authorised"; it is neither "no funds
  // taken" nor "result unknown", so it reads as paid and the rule set's void/refund choice does the rest.
  { status: 'paid', words: ['Authorised'], source: ADYEN },
  // AuthorisedPending: terminal still to confirm; SentForRefund: the refund is on its way, not done.
  { status: 'pending', words: ['AuthorisedPending', 'SentForRefund'], source: ADYEN },
  { status: 'failed', words: ['Refused', 'Expired'], source: ADYEN },
  { status: 'voided', words: ['Cancelled'], source: ADYEN },
  { status: 'refunded', words: ['Refunded'], source: ADYEN },
  { status: 'disputed', words: ['Chargeback', 'Notification of chargeback', 'Chargeback reversed'], source: ADYEN },

  // APPROVED is an authorisation not yet completed; read like Authorised.
  { status: 'paid', words: ['Completed', 'Approved'], source: SQUARE },
  { status: 'pending', words: ['Pending'], source: SQUARE },
  { status: 'failed', words: ['Failed'], source: SQUARE },
  { status: 'voided', words: ['Voided', 'Canceled'], source: SQUARE },

  { status: 'paid', words: ['Authorized'], source: BRAINTREE },
  { status: 'pending', words: ['Authorizing'], source: BRAINTREE },
  { status: 'failed', words: ['Processor declined', 'Gateway rejected', 'Authorization expired'], source: BRAINTREE },

  {
    status: 'partially_refunded',
    words: ['Partially refunded'],
    source:
      'PayPal capture status PARTIALLY_REFUNDED (pub.dev paypal_sdk CaptureStatus); Dintero (docs.dintero.com/docs/integrations/support/transaction-statuses)',
  },
  {
    status: 'disputed',
    words: ['拒付', '已拒付', 'Charged back'],
    source:
      'Y.uno zh-Hans CHARGEBACK 拒付 (docs.y.uno/zh-hans/reference/payments/status-and-response-codes/transaction.md); LoanPro (developers.loanpro.io/docs/payment-status-values)',
  },

  { status: 'paid', words: ['已支付', '已完成', '已付款', 'Paid', 'Success', 'Successful'], source: HAND_MADE },
  { status: 'paid', words: ['成功'], source: HAND_MADE, wholeTextOnly: true },
  { status: 'pending', words: ['待支付', '处理中', '未知', '待确认', 'Unknown', 'In progress'], source: HAND_MADE },
  { status: 'failed', words: ['Declined'], source: HAND_MADE },
  { status: 'failed', words: ['失败'], source: HAND_MADE, wholeTextOnly: true },
  { status: 'voided', words: ['Void', 'Reversed'], source: HAND_MADE },
  { status: 'refunded', words: ['已退款', '全额退款', 'Fully refunded'], source: HAND_MADE },
  {
    status: 'partially_refunded',
    words: ['部分退款', '部分已退款', '部分退款成功', 'Partial refund'],
    source: HAND_MADE,
  },
];
