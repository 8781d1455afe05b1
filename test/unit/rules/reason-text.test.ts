import { describe, expect, it } from 'vitest';
import { actionText, evidenceText, type Lang } from '../../../lib/i18n';
import { cnPosDefault, evaluate, reasonText, warningText } from '../../../lib/rules';
import { EvidenceKind } from '../../../lib/schema/evidence-kind';
import { RuleAction } from '../../../lib/schema/rule-set';
import { ReasonCode, WarningCode, type Params } from '../../../lib/schema/verdict';
import { makeOrder } from '../../builders/order';

const LANGS: Lang[] = ['en', 'zh'];
const CJK = /[\u4e00-\u9fff]/;
const SAMPLE: Params = {
  ruleId: 'card-void',
  by: 'card-void',
  action: 'void',
  deadline: '2026-11-25T23:00:00+08:00',
  closedAt: '2026-11-25T23:00:00+08:00',
  zone: 'Asia/Shanghai',
  expected: 'card,unionpay_qr',
  actual: 'wechat',
  count: 50,
  limit: 50,
  amount: 12_800,
  atLeast: 100,
  below: 500_000,
  amountMinor: 500_000,
  thresholdMinor: 500_000,
  requestedMinor: 600,
  maxAmountMinor: 500,
  currency: 'CNY',
  field: 'paidAt',
  value: 'false',
};
const pairs = <T extends string>(codes: readonly T[]) => codes.flatMap((code) => LANGS.map((lang) => ({ code, lang })));
const readable = (text: string, lang: Lang) => {
  expect(text.trim().length).toBeGreaterThan(1);
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  if (lang === 'zh') expect(text).toMatch(CJK);
};

describe('reason-text', () => {
  it.each(pairs(ReasonCode.options))('reason $code has $lang text', ({ code, lang }) =>
    readable(reasonText({ code, params: SAMPLE }, lang), lang),
  );
  it.each(pairs(WarningCode.options))('warning $code has $lang text', ({ code, lang }) =>
    readable(warningText({ code, params: SAMPLE }, lang), lang),
  );
  it.each(pairs(EvidenceKind.options))('evidence $code has $lang text', ({ code, lang }) =>
    readable(evidenceText(code, lang), lang),
  );

  it.each([
    { action: 'void', zh: '撤销' },
    { action: 'refund', zh: '退货' },
    { action: 'preauth_cancel', zh: '预授权撤销' },
    { action: 'query', zh: '先查询交易结果' },
    { action: 'manual_review', zh: '人工审核' },
  ] as const)('action $action is $zh in Chinese', ({ action, zh }) => expect(actionText(action, 'zh')).toBe(zh));

  it.each(pairs(RuleAction.options))('action $code has $lang text', ({ code, lang }) =>
    readable(actionText(code, lang), lang),
  );

  it.each([
    {
      lang: 'en',
      closedAt: '2026-11-25T23:00:00+08:00',
      text: 'void window closed at 2026-11-25 23:00 (Asia/Shanghai)',
    },
    { lang: 'en', closedAt: '2026-11-25T15:00:00Z', text: 'void window closed at 2026-11-25 23:00 (Asia/Shanghai)' },
    { lang: 'zh', closedAt: '2026-11-25T15:00:00Z', text: '撤销期限已于 2026-11-25 23:00（Asia/Shanghai）截止' },
    { lang: 'en', closedAt: '2026-12-25T06:03:27Z', text: 'void window closed at 2026-12-25 14:03:27 (Asia/Shanghai)' },
  ] as const)('renders times in the rule set zone ($lang, $closedAt)', ({ lang, closedAt, text }) => {
    expect(
      reasonText({ code: 'window_closed', params: { action: 'void', closedAt, zone: 'Asia/Shanghai' } }, lang),
    ).toBe(text);
  });

  it.each([
    { lang: 'en', text: 'amount ¥5,000.00 is at or over ¥5,000.00: supervisor approval needed' },
    { lang: 'zh', text: '金额 ¥5,000.00 达到或超过 ¥5,000.00，需主管审批' },
  ] as const)('renders money in minor units of the currency ($lang)', ({ lang, text }) => {
    expect(
      warningText(
        { code: 'over_threshold', params: { amountMinor: 500_000, thresholdMinor: 500_000, currency: 'CNY' } },
        lang,
      ),
    ).toBe(text);
  });

  it.each(LANGS)('renders every trace line of real verdicts in %s', (lang) => {
    const orders = [
      makeOrder(),
      makeOrder({ status: 'pending' }),
      makeOrder({ paymentMethod: 'wechat', refundCount: 50 }),
      {},
    ];
    for (const order of orders) {
      const verdict = evaluate(order, cnPosDefault, new Date('2026-11-26T10:00:00+08:00'));
      for (const line of [verdict.reason, ...verdict.trace.map((t) => t.reason)])
        readable(reasonText(line, lang), lang);
      for (const warning of verdict.warnings) readable(warningText(warning, lang), lang);
    }
  });
});
