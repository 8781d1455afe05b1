import { describe, expect, it } from 'vitest';
import { extractOrder, type ExtractOptions } from '../../../lib/capture/extract-order';
import { CaptureResult } from '../../../lib/schema/capture';
import { withZones } from '../../../lib/capture/with-zones';

const OPTIONS: ExtractOptions = { zone: 'Asia/Shanghai', idMask: { keepStart: 3, keepEnd: 4 } };

function page(body: string): Document {
  // Not insertAdjacentHTML('afterbegin'): happy-dom inserts its nodes in reverse order.
  document.body.innerHTML = body;
  return document;
}

const rows = (pairs: [string, string][]) =>
  `<table>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

function capture(body: string, options: Partial<ExtractOptions> = {}) {
  const result = extractOrder(page(body), withZones({ ...OPTIONS, ...options }));
  expect(() => CaptureResult.parse(result)).not.toThrow();
  return result;
}

describe('extractOrder: what the rest of the page decides', () => {
  it.each<[string, [string, string][], Record<string, string>]>([
    [
      'the page has an order number label, so 流水号 is the voucher',
      [
        ['订单编号', '202611251403220018'],
        ['流水号', '000318'],
      ],
      { orderNo: '202611251403220018', voucherNo: '000318' },
    ],
    [
      'the page has a voucher label, so 流水号 is the order',
      [
        ['凭证号', '000318'],
        ['流水号', 'HF2026112500001'],
      ],
      { voucherNo: '000318', orderNo: 'HF2026112500001' },
    ],
    ['nothing else: a 6-digit 流水号 is a voucher', [['流水号', '000318']], { voucherNo: '000318' }],
    ['nothing else: a long 流水号 is the order', [['流水号', '202611251403220018']], { orderNo: '202611251403220018' }],
  ])('%s', (_, pairs, values) => {
    expect(capture(rows(pairs)).draft?.values).toEqual(values);
  });

  it.each<[string, string, Partial<ExtractOptions>, string | undefined]>([
    [
      'no other date and no setting: not guessed',
      rows([
        ['订单号', 'A20261105001'],
        ['交易时间', '05/11/2026 10:00'],
      ]),
      {},
      undefined,
    ],
    [
      'another date on the page shows day first',
      rows([
        ['订单号', 'A20261105001'],
        ['交易时间', '05/11/2026 10:00'],
        ['创建时间', '24/11/2026 10:00'],
      ]),
      {},
      '2026-11-05T10:00:00+08:00',
    ],
    [
      'the portal setting says month first',
      rows([
        ['订单号', 'A20261105001'],
        ['交易时间', '05/11/2026 10:00'],
      ]),
      { dateOrder: 'mdy' },
      '2026-05-11T10:00:00+08:00',
    ],
  ])('ambiguous day/month: %s', (_, body, options, paidAt) => {
    const result = capture(body, options);
    expect(result.draft?.values.paidAt).toBe(paidAt);
    expect(result.problems.some((p) => p.code === 'ambiguous_date_order' && p.key === 'paidAt')).toBe(
      paidAt === undefined,
    );
  });

  it('a site profile’s zone and date order win over the capture options', () => {
    const profile = { origin: 'https://portal.example', zone: 'Europe/London', dateOrder: 'dmy' as const, fields: {} };
    const result = capture(
      rows([
        ['订单号', 'A20261105001'],
        ['交易时间', '05/11/2026 10:00'],
      ]),
      { dateOrder: 'mdy', profile },
    );
    expect(result.draft?.values.paidAt).toBe('2026-11-05T10:00:00+00:00');
  });

  it('reads vertical descriptions: label rows over value rows', () => {
    const body = `<table><tbody>
      <tr><th>订单号</th><th>交易金额</th><th>订单状态</th></tr><tr><td>202611251403220018</td><td>¥1,288.00</td><td>交易成功</td></tr>
      <tr><th>商户号</th><th>终端号</th><th>交易时间</th></tr><tr><td>898310058120123</td><td>20458712</td><td>2026-11-25 14:03:22</td></tr>
    </tbody></table>`;
    expect(capture(body).draft?.values).toEqual({
      orderNo: '202611251403220018',
      amountMinor: 128800,
      currency: 'CNY',
      status: 'paid',
      merchantId: '898310058120123',
      terminalId: '20458712',
      paidAt: '2026-11-25T14:03:22+08:00',
    });
  });

  it('combines a date and a time shown in separate fields', () => {
    const result = capture(
      rows([
        ['订单号', 'A20261105001'],
        ['交易日期', '2026-11-25'],
        ['交易时间', '14:03:22'],
      ]),
    );
    expect(result.draft?.values.paidAt).toBe('2026-11-25T14:03:22+08:00');
  });

  it('reads ¥ as the portal’s own currency', () => {
    expect(
      capture(
        rows([
          ['订单号', 'A20261105001'],
          ['金额', '¥1,500'],
        ]),
        { currency: 'JPY' },
      ).draft?.values,
    ).toMatchObject({ amountMinor: 1500, currency: 'JPY' });
  });

  it('shows two equally good, different values as choices and chooses neither', () => {
    const result = capture(
      `<main>${rows([
        ['订单编号', '202611251403220018'],
        ['交易金额', '¥1,000.00'],
      ])}</main><aside>${rows([['交易金额', '¥1,200.00']])}</aside>`,
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        key: 'amountMinor',
        code: 'ambiguous',
        choices: [
          { text: '¥1,000.00', value: 100000 },
          { text: '¥1,200.00', value: 120000 },
        ],
      }),
    );
    expect(result.draft?.values.orderNo).toBe('202611251403220018');
    expect(result.draft?.values.amountMinor).toBeUndefined();
    expect(result.draft?.values.currency).toBeUndefined();
  });

  it('takes one value shown twice as that value, without a choice', () => {
    const result = capture(
      `${rows([
        ['订单编号', '202611251403220018'],
        ['交易金额', '¥1,000.00'],
      ])}${rows([['交易金额', 'CNY 1000.00']])}`,
    );
    expect(result.draft?.values.amountMinor).toBe(100000);
    expect(result.problems.filter((p) => p.code === 'ambiguous')).toEqual([]);
  });

  it('reports a well-labelled value it cannot read', () => {
    const result = capture(
      rows([
        ['订单号', 'A20261105001'],
        ['交易金额', '面议'],
      ]),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({ key: 'amountMinor', code: 'unparsable', label: '交易金额' }),
    );
  });

  it('reads offset-less times in the default zone when the given zone is unknown, and says so', () => {
    const result = capture(
      rows([
        ['订单号', 'A20261105001'],
        ['交易时间', '2026-11-25 14:03:22'],
      ]),
      { zone: 'Mars/Olympus' },
    );
    expect(result.draft?.values.paidAt).toBe('2026-11-25T14:03:22+08:00');
    expect(result.problems).toContainEqual(expect.objectContaining({ key: 'paidAt', code: 'unparsable' }));
  });

  it('masks an ID number wherever it appears, by the configured pattern', () => {
    const result = capture(
      `${rows([
        ['订单号', 'A20261105001'],
        ['证件号码', 'E12345678'],
      ])}<p>商户名称：E12345678 便利店</p>`,
      { idMask: { keepStart: 1, keepEnd: 1 } },
    );
    const json = JSON.stringify(result);
    expect(json).not.toContain('E12345678');
    expect(result.draft?.values.merchantName).toBe('E*******8 便利店');
    expect(result.problems).toContainEqual({ code: 'id_masked', label: '证件号码' });
  });

  it('refuses CVV, PIN and track data by label, never reading the value', () => {
    const result = capture(
      `${rows([
        ['订单号', 'A20261105001'],
        ['CVN2', '731'],
        ['磁道信息', ';6222021234567894=2612'],
      ])}<p>PIN：8264</p>`,
    );
    const json = JSON.stringify(result);
    for (const secret of ['731', '6222021234567894', '8264']) expect(json).not.toContain(secret);
    expect(
      result.problems
        .filter((p) => p.code === 'refused_sensitive')
        .map((p) => p.label)
        .sort(),
    ).toEqual(['CVN2', 'PIN', '磁道信息']);
  });
});

describe('extractOrder: lists', () => {
  const list = (n: number) =>
    `<table><thead><tr><th>订单编号</th><th>交易时间</th><th>交易金额</th><th>订单状态</th></tr></thead><tbody>${Array.from(
      { length: n },
      (_, i) =>
        `<tr><td>2026112500${String(i).padStart(6, '0')}</td><td>2026-11-25 10:00:00</td><td>¥${i}.00</td><td>交易成功</td></tr>`,
    ).join('')}</tbody></table>`;

  it('offers up to 500 rows on a list page', () => {
    const result = capture(list(600));
    expect(result.draft).toBeNull();
    expect(result.candidates).toHaveLength(500);
    expect(result.candidates[499]?.draft.values).toMatchObject({ orderNo: '2026112500000499', amountMinor: 49900 });
  });

  it('lets an order shown in detail win, offering up to 100 rows beside it', () => {
    const result = capture(
      `${rows([
        ['订单编号', '202611251403220018'],
        ['交易金额', '¥1,288.00'],
      ])}${list(150)}`,
    );
    expect(result.draft?.values).toEqual({ orderNo: '202611251403220018', amountMinor: 128800, currency: 'CNY' });
    expect(result.candidates).toHaveLength(100);
  });

  it('reads a one-row table under a header as the order itself', () => {
    expect(capture(list(1)).draft?.values).toEqual({
      orderNo: '2026112500000000',
      paidAt: '2026-11-25T10:00:00+08:00',
      amountMinor: 0,
      currency: 'CNY',
      status: 'paid',
    });
  });

  it('gives each row a locator to its own cells', () => {
    const result = capture(list(3));
    const path = result.candidates[2]?.draft.sources.orderNo?.locator?.path ?? [];
    expect(document.querySelector(path[0] ?? '')?.textContent).toBe('2026112500000002');
  });
});
