import { describe, expect, it } from 'vitest';
import { DEFAULT_FILL_DESCRIPTION, DEFAULT_SETTINGS, Settings } from '../../../lib/schema/settings';
import {
  FILL_DESCRIPTION_VARIABLES,
  renderFillDescription,
  unknownDescriptionVariables,
  type FillDescriptionVariable,
} from '../../../lib/settings/fill-description';

const VALUES: Record<FillDescriptionVariable, string> = {
  orderNo: 'T20261125-0001',
  amount: '¥128.50',
  paidAt: '2026-11-25 14:03:27',
  action: '撤销',
  reason: '重复扣款',
  merchantName: '上海静安百货有限公司',
  agent: '王丽',
  phone: '13800138000',
};

describe('renderFillDescription', () => {
  it.each([
    ['订单 {orderNo} 申请{action}，原因：{reason}', '订单 T20261125-0001 申请撤销，原因：重复扣款'],
    ['{merchantName} {amount} {paidAt}', '上海静安百货有限公司 ¥128.50 2026-11-25 14:03:27'],
    ['{agent} {phone} and {agent}', '王丽 13800138000 and 王丽'],
    ['unknown {customer} stays', 'unknown {customer} stays'],
    ['{constructor} is not a variable', '{constructor} is not a variable'],
    ['  padded {orderNo}  ', 'padded T20261125-0001'],
    ['', ''],
  ])('%j', (text, expected) => {
    expect(renderFillDescription(text, VALUES)).toBe(expected);
  });
});

describe('unknownDescriptionVariables', () => {
  it.each([
    [FILL_DESCRIPTION_VARIABLES.map((v) => `{${v}}`).join(' '), []],
    ['{orderno} and {Reason}', ['orderno', 'Reason']],
    ['{x}{x}', ['x']],
    ['no braces', []],
  ])('%j → %j', (text, names) => {
    expect(unknownDescriptionVariables(text)).toEqual(names);
  });
});

describe('the fillDescriptionTemplate setting', () => {
  it.each(['zh', 'en'] as const)('the %s default uses only known variables and names the order and reason', (lang) => {
    const text = DEFAULT_FILL_DESCRIPTION[lang];
    expect(unknownDescriptionVariables(text)).toEqual([]);
    expect(text).toContain('{orderNo}');
    expect(text).toContain('{reason}');
  });

  it.each([
    [
      'settings stored before the template existed',
      { agent: { name: 'Li', email: '', phone: '' } },
      DEFAULT_FILL_DESCRIPTION,
    ],
    [
      'an agent’s own templates',
      { fillDescriptionTemplate: { zh: '订单 {orderNo}', en: 'Order {orderNo}' } },
      { zh: '订单 {orderNo}', en: 'Order {orderNo}' },
    ],
  ])('%s', (_, stored, expected) => {
    expect(Settings.parse(stored).fillDescriptionTemplate).toEqual(expected);
  });

  it('refuses a template longer than 2000 characters', () => {
    const long = { ...DEFAULT_SETTINGS, fillDescriptionTemplate: { zh: 'x'.repeat(2001), en: '' } };
    expect(Settings.safeParse(long).success).toBe(false);
  });
});
