import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../lib/fill/write-files';
import type { CaseRecord } from '../../../lib/schema/case';
import type { FillProblem, FillInput } from '../../../lib/store/fill-request';
import { buildFillRequest, fillAmount, portalLanguage, toBase64 } from '../../../lib/store/fill-request';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';
import type { Order } from '../../../lib/schema/order';
import { makeDraft, makeSource } from '../../builders/case';
import { makeOrder } from '../../builders/order';
import { makeFillFile, makeFillRequest } from '../../builders/fill-request';

type Record_ = Pick<CaseRecord, 'orderNo' | 'page' | 'edits'>;

/** A case of a same-day card sale captured from a Chinese portal; edits and labels overridable. */
function makeRecord(
  values: Partial<Order> = {},
  edits: Partial<Order> = {},
  labels: 'zh' | 'en' | 'none' = 'zh',
): Record_ {
  const sources =
    labels === 'none' ? {} : { orderNo: makeSource({ label: labels === 'zh' ? '订单编号' : 'Order No.' }) };
  const page = makeDraft(
    { ...makeOrder({ merchantName: '上海静安百货有限公司', amountMinor: 12_850 }), ...values },
    sources,
  );
  page.sources = sources;
  return { orderNo: 'T20261125-0001', page, edits };
}

function makeInput(over: Partial<FillInput> = {}): FillInput {
  return {
    record: makeRecord(),
    verdict: { action: 'void', maxAmountMinor: 12_850, fullAmountOnly: false, currency: 'CNY' },
    settings: { ...DEFAULT_SETTINGS, agent: { name: '王丽', email: 'wang.li@example.com', phone: '13800138000' } },
    zone: 'Asia/Shanghai',
    reason: 'duplicate_charge',
    partialAmount: '',
    uiLang: 'en',
    ...over,
  };
}

const built = (over: Partial<FillInput>) => {
  const r = buildFillRequest(makeInput(over));
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  return r.value;
};
const refused = (over: Partial<FillInput>): FillProblem | null => {
  const r = buildFillRequest(makeInput(over));
  return r.ok ? null : r.problem;
};

describe('buildFillRequest: what the case supplies', () => {
  it('carries the order, the verdict and the agent into FillValues', () => {
    // The builder's request is this same card sale, as the page's capture reads the payment time (with its offset).
    expect(built({}).values).toEqual(
      makeFillRequest({
        paidAt: '2026-11-25T14:03:27+08:00',
        transactionType: 'sale',
        description:
          '订单 T20261125-0001（交易时间 2026-11-25 14:03:27，金额 ¥128.50）申请撤销，原因：重复扣款。经办人：王丽。',
      }).values,
    );
  });

  it.each([
    ['the agent’s edit wins over the page', makeRecord({}, { terminalId: '87654321' }), 'terminalId', '87654321'],
    ['an empty page value is left out', makeRecord({ batchNo: '' }), 'batchNo', undefined],
    ['a missing page value is left out', makeRecord({ authCode: undefined }), 'authCode', undefined],
    ['the verdict currency wins over the order', makeRecord({ currency: 'USD' }), 'currency', 'CNY'],
  ] as const)('%s', (_, record, key, expected) => {
    expect(built({ record }).values[key]).toBe(expected);
  });

  it.each([
    ['void', 'void'],
    ['refund', 'refund'],
    ['preauth_cancel', 'preauth_cancel'],
  ] as const)('verdict %s asks for request type %s', (action, requestType) => {
    expect(
      built({ verdict: { action, maxAmountMinor: 12_850, fullAmountOnly: false, currency: 'CNY' } }).values.requestType,
    ).toBe(requestType);
  });

  it.each(['query', 'manual_review', 'not_needed', 'not_allowed'] as const)(
    'verdict %s has nothing to fill',
    (action) => {
      expect(refused({ verdict: { action, maxAmountMinor: null, fullAmountOnly: false, currency: null } })).toEqual({
        code: 'not_fillable',
        action,
      });
    },
  );

  it.each([
    [
      'all details',
      { name: '王丽', email: 'wang.li@example.com', phone: '13800138000' },
      { contactName: '王丽', contactPhone: '13800138000', contactEmail: 'wang.li@example.com' },
    ],
    [
      'no details',
      { name: '', email: '', phone: '' },
      { contactName: undefined, contactPhone: undefined, contactEmail: undefined },
    ],
    [
      'blank padding',
      { name: '  Li Wang ', email: ' li@example.com ', phone: ' ' },
      { contactName: 'Li Wang', contactPhone: undefined, contactEmail: 'li@example.com' },
    ],
    [
      'an e-mail a form would refuse',
      { name: 'Li', email: 'not-an-email', phone: '1' },
      { contactName: 'Li', contactPhone: '1', contactEmail: undefined },
    ],
  ])('contact from settings: %s', (_, agent, expected) => {
    const { values } = built({ settings: { ...DEFAULT_SETTINGS, agent } });
    expect({
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      contactEmail: values.contactEmail,
    }).toEqual(expected);
  });

  it.each([
    ['no files', undefined, undefined],
    ['an empty list', [], undefined],
    ['two files', [makeFillFile('receipt.txt'), makeFillFile('slip.pdf')], ['receipt.txt', 'slip.pdf']],
  ])('files: %s', (_, files, names) => {
    expect(built({ files }).files?.map((f) => f.name)).toEqual(names);
  });

  it.each([
    ['a zone that does not exist', { zone: 'Mars/Olympus' }, 'values.zone'],
    [
      'a phone longer than forms take',
      { settings: { ...DEFAULT_SETTINGS, agent: { name: 'Li', email: '', phone: '1'.repeat(45) } } },
      'values.contactPhone',
    ],
  ])('refuses %s', (_, over, path) => {
    const problem = refused(over);
    expect(problem?.code).toBe('invalid_request');
    expect(problem && 'detail' in problem ? problem.detail : '').toContain(path);
  });
});

describe('fillAmount: the verdict’s maximum or the agent’s partial amount, never above it', () => {
  const verdict = (maxAmountMinor: number | null, fullAmountOnly = false) => ({
    action: 'refund' as const,
    maxAmountMinor,
    fullAmountOnly,
    currency: 'CNY' as const,
  });
  it.each([
    ['empty: the full amount', verdict(12_850), '', 12_850],
    ['blank: the full amount', verdict(12_850), '  ', 12_850],
    ['a partial amount', verdict(12_850), '50.00', 5_000],
    ['with a thousands separator', verdict(500_000), '1,288.5', 128_850],
    ['exactly the maximum', verdict(12_850), '128.50', 12_850],
    ['the maximum where only the full amount is allowed', verdict(12_850, true), '128.5', 12_850],
    ['no maximum and nothing typed', verdict(null), '', undefined],
  ])('%s', (_, v, typed, expected) => {
    expect(fillAmount(v, typed, 'CNY')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['above the maximum', verdict(12_850), '128.51', 'amount_over_max'],
    ['a partial amount where only the full amount is allowed', verdict(12_850, true), '50', 'partial_not_allowed'],
    ['zero', verdict(12_850), '0', 'amount_invalid'],
    ['three decimals of yuan', verdict(12_850), '1.234', 'amount_invalid'],
    ['not a number', verdict(12_850), 'fifty', 'amount_invalid'],
    ['negative', verdict(12_850), '-5', 'amount_invalid'],
    ['a partial amount with no known maximum', verdict(null), '50', 'amount_unknown'],
  ])('refuses %s', (_, v, typed, code) => {
    const r = fillAmount(v, typed, 'CNY');
    expect(r.ok ? null : r.problem.code).toBe(code);
  });

  it('reads yen without decimals', () => {
    expect(
      fillAmount({ action: 'refund', maxAmountMinor: 5_000, fullAmountOnly: false, currency: 'JPY' }, '1200', 'JPY'),
    ).toEqual({ ok: true, value: 1_200 });
  });

  it('puts the partial amount into the request and its description', () => {
    const { values } = built({ partialAmount: '50' });
    expect(values.amountMinor).toBe(5_000);
    expect(values.description).toContain('¥50.00');
  });
});

describe('the description follows the portal’s language', () => {
  it.each([
    ['Chinese labels', makeRecord({}, {}, 'zh'), 'en', '申请撤销，原因：重复扣款'],
    [
      'English labels',
      makeRecord({}, {}, 'en'),
      'zh',
      'Void request for order T20261125-0001 (paid 2026-11-25 14:03:27, ¥128.50). Reason: Duplicate charge. Agent: 王丽.',
    ],
    ['no labels, Chinese panel', makeRecord({}, {}, 'none'), 'zh', '申请撤销'],
    ['no labels, English panel', makeRecord({}, {}, 'none'), 'en', 'Void request for order'],
  ] as const)('%s', (_, record, uiLang, expected) => {
    expect(built({ record, uiLang }).values.description).toContain(expected);
  });

  it.each([
    ['the wall time in the portal zone', 'America/New_York', '2026-11-25 01:03:27'],
    ['the wall time in Shanghai', 'Asia/Shanghai', '2026-11-25 14:03:27'],
  ])('shows paidAt as %s', (_, zone, wall) => {
    expect(built({ zone }).values.description).toContain(wall);
  });

  it.each([
    [
      'missing values become a dash',
      makeRecord({ paidAt: undefined, merchantName: undefined }),
      '{paidAt}|{merchantName}',
      '—|—',
    ],
    ['an empty template leaves the description out', makeRecord(), '', undefined],
  ])('%s', (_, record, zh, expected) => {
    const settings = { ...DEFAULT_SETTINGS, fillDescriptionTemplate: { zh, en: zh } };
    expect(built({ record, settings }).values.description).toBe(expected);
  });

  it.each([
    ['Chinese label', { orderNo: makeSource({ label: '订单号' }) }, 'zh'],
    [
      'English labels',
      { orderNo: makeSource({ label: 'Order No.' }), amountMinor: makeSource({ label: 'Amount' }) },
      'en',
    ],
    ['mixed labels', { orderNo: makeSource({ label: 'Order No.' }), amountMinor: makeSource({ label: '金额' }) }, 'zh'],
    ['no label at all', { orderNo: makeSource({ label: undefined }) }, 'en'],
  ] as const)('portalLanguage: %s', (_, sources, lang) => {
    expect(portalLanguage({ page: { values: {}, sources } }, 'en')).toBe(lang);
  });
});

describe('toBase64', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['larger than one slice', 0x8000 * 2 + 7],
  ])('%s round-trips through the page’s decoder', (_, length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
    expect(Buffer.from(decodeBase64(toBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });
});
