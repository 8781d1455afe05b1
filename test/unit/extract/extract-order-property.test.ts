import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractOrder, type ExtractOptions } from '../../../lib/capture/extract-order';
import { CaptureResult } from '../../../lib/schema/capture';
import { LABEL_SYNONYMS, SENSITIVE_LABELS } from '../../../lib/vocabulary';
import { withZones } from '../../../lib/capture/with-zones';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const labels = [
  ...Object.values(LABEL_SYNONYMS).flat(),
  ...SENSITIVE_LABELS,
  '流水号',
  '身份证号',
  '今日交易金额',
  '关联订单',
];
const values = [
  '202611251403220018',
  '¥1,288.00',
  '1.234,50 €',
  '2026-11-25 14:03:22',
  '05/11/2026 10:00',
  'Nov 24, 2026 9:15 AM',
  '交易成功',
  '未结算',
  '银行卡',
  '预授权完成',
  '000318',
  '6222 0212 3456 7894',
  '110105199003071239',
  '—',
  '',
];
const text = fc.oneof(
  fc.constantFrom(...labels),
  fc.constantFrom(...values),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('：', ':', ' ', '\n'),
);
const tag = fc.constantFrom(
  'div',
  'span',
  'p',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'label',
  'input',
  'select',
  'option',
  'textarea',
  'b',
  'nav',
  'footer',
  'h2',
  'ul',
  'li',
  'template',
  'script',
);
const attr = fc.constantFrom(
  '',
  ' class="ant-descriptions-item-label"',
  ' class="related"',
  ' readonly value="898310058120123"',
  ' type="password" value="x"',
  ' hidden',
  ' id="order-detail"',
  ' colspan="2"',
);

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(tag, attr, fc.array(tie('node'), { maxLength: 5 }))
      .map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
  ),
})).node;

const options: fc.Arbitrary<ExtractOptions> = fc
  .record({
    zone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Not/AZone', ''),
    dateOrder: fc.constantFrom(undefined, 'ymd', 'dmy', 'mdy'),
    currency: fc.constantFrom(undefined, 'CNY', 'USD', 'JPY'),
    idMask: fc.record({ keepStart: fc.integer({ min: 0, max: 8 }), keepEnd: fc.integer({ min: 0, max: 8 }) }),
  })
  .map(({ dateOrder, currency, ...rest }) => ({
    ...rest,
    ...(dateOrder ? { dateOrder } : {}),
    ...(currency ? { currency } : {}),
  }));

describe('extractOrder on arbitrary pages', () => {
  it('never throws and always returns a schema-valid capture', () => {
    fc.assert(
      fc.property(html, options, (page, opts) => {
        const result = extractOrder(parse(page), withZones(opts));
        expect(() => CaptureResult.parse(result)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings as HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (page) => {
        expect(() =>
          CaptureResult.parse(
            extractOrder(parse(page), withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } })),
          ),
        ).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a full card or ID number through, whatever surrounds it', () => {
    fc.assert(
      fc.property(html, html, fc.constantFrom('卡号', 'Card No.', '备注', 'CVV'), (before, after, label) => {
        const page = `${before}<table><tr><th>${label}</th><td>6222021234567894</td></tr></table><p>身份证号：110105199003071239</p>${after}`;
        const json = JSON.stringify(
          extractOrder(parse(page), withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } })),
        );
        expect(json).not.toContain('6222021234567894');
        expect(json).not.toContain('110105199003071239');
      }),
      { numRuns: 200 },
    );
  });

  it('masks card and ID numbers a page puts in element names, so no locator carries one', () => {
    const page = `<card-6222021234567894><id-110105199003071239><table><tr><th>订单编号</th><td>202611251403220018</td></tr></table></id-110105199003071239></card-6222021234567894>`;
    const result = extractOrder(
      parse(page),
      withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } }),
    );
    expect(result.draft?.values.orderNo).toBe('202611251403220018');
    const json = JSON.stringify(result);
    expect(json).not.toContain('6222021234567894');
    expect(json).not.toContain('110105199003071239');
  });

  it('survives documents without a body or element, and missing options', () => {
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    for (const doc of [empty, parse('')]) {
      expect(() =>
        CaptureResult.parse(
          extractOrder(doc, withZones({ zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } })),
        ),
      ).not.toThrow();
    }
    expect(() =>
      CaptureResult.parse(extractOrder(parse('<p>订单号：A2026</p>'), undefined as unknown as ExtractOptions)),
    ).not.toThrow();
  });
});
