import type { Contact, RuleSet } from '../schema/rule-set';
import { deepFreeze } from './deep-freeze';
import { standardGuards } from './standard-guards';

const ACQUIRER: Contact = {
  name: '收单机构 (acquirer)',
  note: '联系收单机构，提交申请，等待审核 / contact the acquirer, submit the request, wait for review',
};
const PROVIDER: Contact = {
  name: '支付机构 (payment provider)',
  note: '联系支付机构，提交申请，等待审核 / contact the payment provider, submit the request, wait for review',
};
const UNIONPAY_DEMOS =
  'UnionPay gateway demo code (consume-undo, refund, preauth forms) in hectorqin/lpays and Varorbc/PaySharp';
const DAY_SWITCH = 'the 23:00 day switch ("银联日切时间[230000]") in chinaljp/posp';
const CASH =
  'Merchant policy: cash has no network rule (China UMS smart-POS cashier API docs, qmf-chinaums/qmf-cashier)';

/** The domain document's default rules for Chinese POS acquiring, in Beijing time. */
export const cnPosDefault: RuleSet = deepFreeze<RuleSet>({
  id: 'cn-pos-default',
  name: '中国 POS 默认规则 (China POS default)',
  version: 1,
  description:
    'Guards, then the first matching rule whose window is open; ¥5,000.00 or more needs supervisor approval.',
  zone: 'Asia/Shanghai',
  currency: 'CNY',
  escalationThresholdMinor: 500_000,
  rules: [
    ...standardGuards(),
    {
      id: 'card-void',
      title: { zh: '银行卡消费撤销（未结算，23:00 日切前）', en: 'Card void (not settled, before the 23:00 cut-off)' },
      match: {
        paymentMethods: ['card'],
        transactionTypes: ['sale', 'preauth_completion'],
        statuses: ['paid'],
        settled: false,
      },
      action: 'void',
      window: { kind: 'cutoff', at: '23:00' },
      amount: 'full',
      requiredEvidence: ['receipt', 'supervisor_approval'],
      requiredFields: ['terminalId', 'voucherNo', 'amountMinor'],
      contact: ACQUIRER,
      source: `${UNIONPAY_DEMOS}; ${DAY_SWITCH}`,
    },
    {
      id: 'card-refund',
      title: { zh: '银行卡退货（交易后 11 个月内）', en: 'Card refund (within 11 months of payment)' },
      match: {
        paymentMethods: ['card'],
        transactionTypes: ['sale', 'preauth_completion'],
        statuses: ['paid', 'partially_refunded'],
      },
      action: 'refund',
      window: { kind: 'months', n: 11 },
      amount: 'remaining',
      requiredEvidence: ['receipt'],
      requiredFields: ['referenceNo', 'paidAt', 'amountMinor'],
      contact: ACQUIRER,
      source: `${UNIONPAY_DEMOS}: refund within 11 months`,
    },
    {
      id: 'card-preauth-cancel',
      title: { zh: '预授权撤销（23:00 日切前）', en: 'Pre-auth cancel (before the 23:00 cut-off)' },
      match: { paymentMethods: ['card'], transactionTypes: ['preauth'], statuses: ['paid'] },
      action: 'preauth_cancel',
      window: { kind: 'cutoff', at: '23:00' },
      amount: 'full',
      requiredEvidence: ['receipt', 'supervisor_approval'],
      requiredFields: ['authCode', 'amountMinor'],
      contact: ACQUIRER,
      source: `${UNIONPAY_DEMOS}; ${DAY_SWITCH}`,
    },
    {
      id: 'card-preauth-expiry',
      title: {
        zh: '人工审核：预授权 30 天后自动释放，或联系发卡行',
        en: 'Manual review: the hold releases by itself after 30 days, or ask the issuer',
      },
      match: { paymentMethods: ['card'], transactionTypes: ['preauth'], statuses: ['paid'] },
      action: 'manual_review',
      window: { kind: 'days', n: 30 },
      amount: 'none',
      requiredEvidence: [],
      requiredFields: ['authCode'],
      contact: {
        name: '发卡行 (card issuer)',
        note: '请持卡人联系发卡行释放冻结额度 / the cardholder asks the issuer to release the hold',
      },
      source: `${UNIONPAY_DEMOS}: pre-authorization valid 30 days`,
    },
    {
      id: 'qr-void',
      title: {
        zh: '云闪付消费撤销（未结算，23:00 日切前）',
        en: 'UnionPay QR void (not settled, before the 23:00 cut-off)',
      },
      match: { paymentMethods: ['unionpay_qr'], transactionTypes: ['sale'], statuses: ['paid'], settled: false },
      action: 'void',
      window: { kind: 'cutoff', at: '23:00' },
      amount: 'full',
      requiredEvidence: ['receipt'],
      requiredFields: ['orderNo', 'amountMinor'],
      contact: ACQUIRER,
      source: `${UNIONPAY_DEMOS}; ${DAY_SWITCH} (UnionPay QR uses the same day switch)`,
    },
    {
      id: 'qr-refund',
      title: { zh: '云闪付退货（交易后 11 个月内）', en: 'UnionPay QR refund (within 11 months of payment)' },
      match: { paymentMethods: ['unionpay_qr'], transactionTypes: ['sale'], statuses: ['paid', 'partially_refunded'] },
      action: 'refund',
      window: { kind: 'months', n: 11 },
      amount: 'remaining',
      requiredEvidence: ['receipt'],
      requiredFields: ['orderNo', 'paidAt', 'amountMinor'],
      contact: ACQUIRER,
      source: `${UNIONPAY_DEMOS}: 11 months, assumed as for cards`,
    },
    {
      id: 'wechat-refund',
      title: {
        zh: '微信支付退款（365 天内，少于 50 次）',
        en: 'WeChat Pay refund (within 365 days, fewer than 50 refunds)',
      },
      match: {
        paymentMethods: ['wechat'],
        transactionTypes: ['sale'],
        statuses: ['paid', 'partially_refunded'],
        refundCountBelow: 50,
      },
      action: 'refund',
      window: { kind: 'days', n: 365 },
      amount: 'remaining',
      requiredEvidence: ['customer_communication'],
      requiredFields: ['orderNo', 'amountMinor'],
      contact: PROVIDER,
      source: 'WeChat Pay API v3 refund docs: refund within 1 year of payment, at most 50 refunds per order',
    },
    {
      id: 'alipay-refund',
      title: {
        zh: '支付宝退款（12 个月内，以商户合同为准）',
        en: 'Alipay refund (within 12 months; the contract decides)',
      },
      match: { paymentMethods: ['alipay'], transactionTypes: ['sale'], statuses: ['paid', 'partially_refunded'] },
      action: 'refund',
      window: { kind: 'months', n: 12 },
      amount: 'remaining',
      requiredEvidence: ['receipt'],
      requiredFields: ['orderNo', 'amountMinor'],
      contact: PROVIDER,
      source: "Alipay trade.cancel docs and Antom refund docs; the real window is in the merchant's contract",
    },
    {
      id: 'cash-void',
      title: { zh: '现金撤销记录（当日 24:00 前）', en: 'Cash: void the record (same calendar day)' },
      match: { paymentMethods: ['cash'], transactionTypes: ['sale'], statuses: ['paid'] },
      action: 'void',
      window: { kind: 'cutoff', at: '00:00' },
      amount: 'full',
      requiredEvidence: ['receipt', 'supervisor_approval'],
      requiredFields: ['amountMinor'],
      source: CASH,
    },
    {
      id: 'cash-refund',
      title: { zh: '现金退货（30 天内，商户政策）', en: 'Cash refund (within 30 days, merchant policy)' },
      match: { paymentMethods: ['cash'], transactionTypes: ['sale'], statuses: ['paid', 'partially_refunded'] },
      action: 'refund',
      window: { kind: 'days', n: 30 },
      amount: 'remaining',
      requiredEvidence: ['receipt', 'customer_id', 'customer_signature'],
      requiredFields: ['amountMinor'],
      source: CASH,
    },
  ],
  fallback: {
    id: 'adjustment-request',
    title: {
      zh: '人工审核：向收单机构或支付机构提交调账申请',
      en: 'Manual review: adjustment request (调账申请) to the acquirer or provider',
    },
    requiredEvidence: ['adjustment_form', 'receipt'],
    requiredFields: ['orderNo', 'amountMinor'],
    contact: ACQUIRER,
    source:
      'Domain rules: once every window has closed, an adjustment request (调账申请) through the acquirer or payment provider',
  },
});
