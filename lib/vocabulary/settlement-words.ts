/** Words one source uses for whether a transaction's money has been settled (cleared) to the merchant. */
export interface SettlementWordGroup {
  readonly settled: boolean;
  readonly words: readonly string[];
  readonly source: string;
}

/** A word left out on purpose, and why: it stays a problem shown to the agent. */
export interface AmbiguousWordGroup {
  readonly words: readonly string[];
  readonly why: string;
  readonly source: string;
}

const ADYEN =
  'Adyen payment lifecycle (docs.adyen.com/essentials/payments-lifecycle; docs.adyen.com/account/payments-lifecycle)';
const BRAINTREE =
  'Braintree transaction statuses (developer.paypal.com/braintree/articles/get-started/transaction-lifecycle; docs.rs braintree transaction::Status)';
const STRIPE_BALANCE =
  'Stripe balance transaction status (pub.dev stripe_api_sdk BalanceTransaction.status; docs.stripe.com/api/balance)';

/**
 * Settlement words by source: settled true means the acquirer has paid the funds out to the merchant, which
 * is when a same-day void stops being possible. These never go into the status table (see status-words.ts).
 */
export const SETTLEMENT_WORD_GROUPS: readonly SettlementWordGroup[] = [
  { settled: true, words: ['Settled'], source: `${ADYEN}: the shopper's bank has transferred the funds` },
  // SentForSettle is a capture: the funds were requested, not yet received (Settled comes after it). The money
  // is committed (cancel is no longer possible, only refund), but it is not settled, so it reads false.
  { settled: false, words: ['SentForSettle'], source: `${ADYEN}: request for transferring the funds sent` },
  { settled: true, words: ['Settled', 'Settlement confirmed'], source: BRAINTREE },
  { settled: false, words: ['Submitted for settlement', 'Settling', 'Settlement pending'], source: BRAINTREE },
  // "available" is Stripe's word for funds paid into the balance; its negation is in AMBIGUOUS_SETTLED_WORDS.
  { settled: true, words: ['Available'], source: STRIPE_BALANCE },
  { settled: false, words: ['Pending'], source: STRIPE_BALANCE },
  {
    settled: true,
    words: ['Early settled', 'EARLY_SETTLED'],
    source: 'Xendit settlement_status (docs.xendit.co/docs/transaction-status.md)',
  },
  {
    settled: false,
    words: ['Pending settlement'],
    source:
      'Authorize.Net settlementStateEnum pendingSettlement (rubydoc.info/gems/authorizenet AuthorizeNet::API::SettlementStateEnum)',
  },
  {
    settled: false,
    words: ['Awaiting settlement', 'Settlement submitted'],
    source: 'Stitch SettlementPending / SettlementSubmitted (docs.stitch.money/api/unions/settlement-status)',
  },
  {
    settled: false,
    words: ['Not settled'],
    source: 'Microsoft Dynamics AX BankCodaSettlementType NotSettled (learn.microsoft.com ax-2012 gg863283)',
  },
  {
    settled: true,
    words: ['Cleared'],
    source: 'HL7 FHIR payment-status "cleared": received by the payee (hl7.org/fhir valueset-payment-status)',
  },
  {
    settled: false,
    words: ['Not cleared', 'Uncleared'],
    source: 'Negation of HL7 FHIR "cleared" (hl7.org/fhir valueset-payment-status)',
  },
  {
    settled: true,
    words: ['已结算'],
    source:
      'Pooul SettledStatusEnum SETTLED 已结算 (minlia-projects/minlia-modules module-pooul/.../SettledStatusEnum.java)',
  },
  {
    settled: false,
    words: ['未结算'],
    source:
      'Pooul SettledStatusEnum UNSETTLEMENT 未结算 (minlia-projects/minlia-modules module-pooul/.../SettledStatusEnum.java)',
  },
  {
    settled: true,
    words: ['清算成功', '清算完成'],
    source:
      'Aggregator clearing status CLEARING_SUCCESS 清算成功 (SplendorAnLin/paymentSystem boss/.../TradeOrderClearingStatus.java)',
  },
  {
    settled: false,
    words: ['未清算'],
    source:
      'Aggregator clearing status UN_CLEARING 未清算 (SplendorAnLin/paymentSystem boss/.../TradeOrderClearingStatus.java)',
  },
  {
    settled: true,
    words: ['已清算'],
    source:
      'Acquirer daily report "是否清算 0未清算 1已清算" (com.pay.poss.report.dto.TranDailyReportResultDto; repository name not shown by the index)',
  },
  {
    settled: false,
    words: ['待结算', '资金待结算', '待清算'],
    source:
      'WeChat order_state 6 资金待结算: confirmed but not yet settled (developers.weixin.qq.com/community/develop/doc/00068aeca783d89d47e23d70866c00)',
  },
  {
    settled: false,
    words: ['结算中', '清算中'],
    source:
      'Clearing status SETTLING 清算中 (com.fep.settlement.domain.ClearingStatus, repository not shown); Braintree "Settling"',
  },
  // "已入账,不能撤销": once credited, a void is refused, which is what settled means for the guards.
  {
    settled: true,
    words: ['已入账'],
    source: 'Gateway response code 64_1 已入账,不能撤销 (apifox.com/apidoc/docs-site/2466304/doc-6438214)',
  },
  { settled: false, words: ['未入账'], source: 'Negation of 已入账 (apifox.com/apidoc/docs-site/2466304/doc-6438214)' },
  { settled: true, words: ['结算成功'], source: 'CancelDesk first hand-made list, kept as it was' },
  { settled: false, words: ['Unsettled'], source: 'CancelDesk first hand-made list, kept as it was' },
];

/** Settlement words that do not say settled or not; the text stays unread rather than guessed. */
export const AMBIGUOUS_SETTLED_WORDS: readonly AmbiguousWordGroup[] = [
  {
    words: ['已对账', '未对账', '对账完成'],
    why: 'Reconciliation is the merchant matching records, not the funds moving: acquirers keep it as a separate flag from 清算',
    source: 'com.pay.poss.report.dto.TranDailyReportResultDto: separate 是否清算 and 是否对账 flags',
  },
  {
    words: ['清算失败', '结算失败'],
    why: 'An exception to resolve with the acquirer, not a plain "not settled" that would open the same-day void path',
    source: 'SplendorAnLin/paymentSystem TradeOrderClearingStatus CLEARING_FAILED',
  },
  {
    words: ['Partially settled', '部分结算'],
    why: 'Part of the money settled: neither value is true for the whole transaction',
    source: 'Microsoft Dynamics AX BankCodaSettlementType PartialySettled',
  },
  {
    words: ['Not available', 'N/A'],
    why: 'Negates Stripe "available", but portals also print it for "no data"',
    source: 'Stripe balance transaction status available/pending',
  },
];
