import type { Rule } from '../schema/rule-set';

const GUARD_SOURCE =
  'Domain rules: a transaction whose result is unknown is queried, never refunded (reversal / 冲正); UnionPay gateway demo code in hectorqin/lpays and Varorbc/PaySharp';

/** The guards every built-in set starts with: unknown result, failed, already voided, fully refunded. */
export function standardGuards(): Rule[] {
  const guard = (rule: Omit<Rule, 'guard' | 'window' | 'amount' | 'requiredEvidence' | 'source'>): Rule => ({
    ...rule,
    guard: true,
    window: { kind: 'none' },
    amount: 'none',
    requiredEvidence: [],
    source: GUARD_SOURCE,
  });
  return [
    guard({
      id: 'guard-result-unknown',
      title: {
        zh: '交易结果未知：先查询交易结果，不可退货',
        en: 'Result unknown: query the transaction first, never refund',
      },
      match: { statuses: ['pending', 'unknown'] },
      action: 'query',
      requiredFields: ['orderNo'],
    }),
    guard({
      id: 'guard-failed',
      title: { zh: '交易失败：未扣款，无需撤销', en: 'Failed: no funds were taken, nothing to cancel' },
      match: { statuses: ['failed'] },
      action: 'not_needed',
      requiredFields: [],
    }),
    guard({
      id: 'guard-voided',
      title: { zh: '已撤销：不可再次处理', en: 'Already voided: nothing left to cancel' },
      match: { statuses: ['voided'] },
      action: 'not_allowed',
      requiredFields: [],
    }),
    guard({
      id: 'guard-disputed',
      title: {
        zh: '持卡人已发起拒付（争议中）：不可撤销或退货，转人工复核以免重复退款',
        en: 'Disputed by the cardholder (chargeback): no void or refund, manual review so the money is not returned twice',
      },
      match: { statuses: ['disputed'] },
      action: 'manual_review',
      requiredFields: [],
    }),
    guard({
      id: 'guard-fully-refunded',
      title: { zh: '已全额退货：不可再次处理', en: 'Fully refunded: nothing left to refund' },
      match: { fullyRefunded: true },
      action: 'not_allowed',
      requiredFields: [],
    }),
  ];
}
