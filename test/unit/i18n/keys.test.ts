import { describe, expect, it } from 'vitest';
import {
  actionKey,
  caseStatusKey,
  enumKey,
  enumText,
  evidenceKey,
  fieldKey,
  fillKeyKey,
  inlineEnumKey,
  inlineFieldKey,
  isMessageKey,
  translator,
  type MessageKey,
} from '../../../lib/i18n';
import { CaseStatus } from '../../../lib/schema/case';
import { EvidenceKind } from '../../../lib/schema/evidence-kind';
import { FillKey } from '../../../lib/schema/fill';
import { ORDER_KEYS, OrderStatus, PaymentMethod, TransactionType } from '../../../lib/schema/order';
import { RuleAction, StatusMatch } from '../../../lib/schema/rule-set';

const ENUMS = [...PaymentMethod.options, ...TransactionType.options, ...OrderStatus.options];

/** Every value of every enum the agent reads, with the key that names it. */
const TABLE: [string, MessageKey[]][] = [
  ['order fields', ORDER_KEYS.map(fieldKey)],
  ['order fields in sentences', ORDER_KEYS.map(inlineFieldKey)],
  ['payment methods, transaction types, order statuses', ENUMS.map(enumKey)],
  ['the same in sentences', StatusMatch.options.map(inlineEnumKey)],
  ['case statuses', CaseStatus.options.map(caseStatusKey)],
  ['actions', RuleAction.options.map(actionKey)],
  ['evidence kinds', EvidenceKind.options.map(evidenceKey)],
  ['form fields', FillKey.options.map(fillKeyKey)],
];

describe('typed keys', () => {
  it.each(TABLE)('name a word for every one of the %s, in both languages', (_, keys) => {
    for (const key of keys) {
      expect(isMessageKey(key), key).toBe(true);
      for (const lang of ['en', 'zh'] as const) expect(translator(lang)(key), `${lang} ${key}`).not.toBe('');
    }
  });

  it.each([
    ['field.paidAt', true],
    ['field.nope', false],
    ['toString', false],
  ])('isMessageKey(%s) is %s', (key, known) => {
    expect(isMessageKey(key)).toBe(known);
  });

  it.each([
    ['wechat', 'en', 'WeChat Pay'],
    ['preauth_completion', 'zh', '预授权完成'],
    ['a value from a page', 'en', 'a value from a page'],
    [undefined, 'en', ''],
  ] as const)('enumText(%s, %s) is %s', (value, lang, text) => {
    expect(enumText(value, lang)).toBe(text);
  });
});
