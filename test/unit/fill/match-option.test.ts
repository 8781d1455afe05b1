import { describe, expect, it } from 'vitest';
import { currencyWords, literalWords, pickOption, reasonWords, requestTypeWords } from '../../../lib/fill/match-option';
import type { FillReason, RequestType } from '../../../lib/schema/fill';

const options = (...texts: string[]) => texts.map((text, i) => ({ text, value: String(i) }));
const ZH_TYPES = options('请选择', '消费撤销', '退货', '预授权撤销', '预授权完成撤销');
const SHORT_TYPES = options('撤销', '退货', '预授权撤销');
const EN_TYPES = options('-- Select --', 'Void', 'Refund', 'Cancel Pre-authorization');
const ZH_REASONS = options('请选择', '重复扣款', '金额错误', '客户取消', '系统故障', '操作失误', '其他');
const EN_REASONS = options(
  'Duplicate charge',
  'Wrong amount',
  'Customer cancelled',
  'System failure',
  'Operator error',
  'Other',
);

describe('pickOption', () => {
  it.each([
    [ZH_TYPES, 'void', undefined, '消费撤销'],
    [ZH_TYPES, 'void', 'preauth_completion', '预授权完成撤销'],
    [ZH_TYPES, 'refund', undefined, '退货'],
    [ZH_TYPES, 'preauth_cancel', undefined, '预授权撤销'],
    [SHORT_TYPES, 'void', undefined, '撤销'],
    [SHORT_TYPES, 'preauth_cancel', undefined, '预授权撤销'],
    [EN_TYPES, 'void', undefined, 'Void'],
    [EN_TYPES, 'refund', undefined, 'Refund'],
    [EN_TYPES, 'preauth_cancel', undefined, 'Cancel Pre-authorization'],
  ] as const)('request type %#: %s → %s', (opts, value, transactionType, expected) => {
    const pick = pickOption(opts, requestTypeWords(value as RequestType, { transactionType }, true));
    expect(typeof pick === 'number' ? opts[pick]?.text : pick).toBe(expected);
  });

  it.each([
    ['duplicate_charge', '重复扣款', 'Duplicate charge'],
    ['wrong_amount', '金额错误', 'Wrong amount'],
    ['customer_cancelled', '客户取消', 'Customer cancelled'],
    ['system_failure', '系统故障', 'System failure'],
    ['operator_error', '操作失误', 'Operator error'],
    ['other', '其他', 'Other'],
  ] as const)('reason %s → %s / %s', (reason, zh, en) => {
    const inZh = pickOption(ZH_REASONS, reasonWords(reason as FillReason, true));
    const inEn = pickOption(EN_REASONS, reasonWords(reason as FillReason, false));
    expect([
      typeof inZh === 'number' && ZH_REASONS[inZh]?.text,
      typeof inEn === 'number' && EN_REASONS[inEn]?.text,
    ]).toEqual([zh, en]);
  });

  it('matches an option by its value when its text is a code', () => {
    expect(
      pickOption(
        [
          { text: '—', value: '' },
          { text: 'R', value: 'refund' },
        ],
        requestTypeWords('refund', {}, false),
      ),
    ).toBe(1);
  });

  it('refuses two options that fit equally', () => {
    expect(pickOption(options('退货', '退货'), requestTypeWords('refund', {}, true))).toBe('ambiguous');
  });

  it('says when no option fits', () => {
    expect(pickOption(options('退货'), requestTypeWords('preauth_cancel', {}, true))).toBe('none');
    expect(pickOption(options('请选择'), reasonWords('other', true))).toBe('none');
  });

  it('finds a currency by code or name', () => {
    expect(pickOption(options('USD - US Dollar', 'CNY - Chinese Yuan'), currencyWords('CNY'))).toBe(1);
    expect(pickOption(options('美元', '人民币'), currencyWords('CNY'))).toBe(1);
  });

  it('finds a literal value inside a longer option', () => {
    expect(pickOption(options('12345670 前台', '12345678 收银台'), literalWords('12345678'))).toBe(1);
  });

  it('types the form language word into a free text field', () => {
    expect([reasonWords('wrong_amount', true).typed, reasonWords('wrong_amount', false).typed]).toEqual([
      '金额错误',
      'Wrong Amount',
    ]);
  });
});
