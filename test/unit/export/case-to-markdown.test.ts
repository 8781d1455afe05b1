import { describe, expect, it } from 'vitest';
import { caseToMarkdown, escapeMarkdown } from '../../../lib/export/case-to-markdown';
import { caseToText } from '../../../lib/export/case-to-text';
import { makeCaseStore, makeRichBundle, makeRichCase } from '../../builders/case';

describe('caseToMarkdown', () => {
  it.each([
    [
      'en',
      [
        '# Cancellation case',
        '## Order',
        '## Notes',
        '## History',
        'Amount',
        'CNY 120.00',
        'edited; page showed CNY 128.00',
      ],
    ],
    ['zh', ['# 撤销案件', '## 订单', '## 备注', '## 操作记录', '已修改；页面显示 CNY 128.00', '客户要求撤销。']],
  ] as const)('lays out the case in %s', async (lang, expected) => {
    const md = caseToMarkdown(await makeRichBundle(), lang);
    for (const part of expected) expect(md).toContain(part);
  });

  it('shows times in the zone asked for', async () => {
    const md = caseToMarkdown(await makeRichBundle(), 'en', { zone: 'Asia/Shanghai' });
    expect(md).toContain('2026-11-24 23:00:00 +08:00');
  });

  it('keeps hostile text from becoming markup', async () => {
    const md = caseToMarkdown(
      await makeRichBundle({ merchantName: '<img src=x onerror=alert(1)> [click](javascript:alert(1)) | x' }),
      'en',
    );
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/(^|[^\\])\[click/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\| x');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*bold*', '\\*bold\\*'],
    ['a_b', 'a\\_b'],
    ['`code`', '\\`code\\`'],
    ['2026-11-24', '2026-11-24'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('caseToText', () => {
  it('gives ticket-ready lines with the order, notes and history', async () => {
    const text = caseToText(await makeRichBundle(), 'en');
    expect(text).toMatch(/^Cancellation case 202611241015330044\n=+\n/);
    expect(text).toContain('Case status: Submitted');
    expect(text).toContain('  Amount: CNY 120.00 (edited; page showed CNY 128.00)');
    expect(text).toContain('    客户要求撤销。');
    expect(text).toContain('Status changed: Draft → Submitted (online form, REQ-2026-0042)');
  });

  it.each([
    ['en', 'Form fill undone: 3/4'],
    ['zh', '还原填写: 3/4'],
  ] as const)('says how many fields an undone fill put back (%s)', async (lang, line) => {
    const store = makeCaseStore();
    const id = await makeRichCase(store);
    await store.appendEvent(id, {
      type: 'form_fill_undone',
      data: { url: 'https://portal.example/apply', restored: 3, total: 4 },
    });
    const loaded = await store.loadCaseBundle(id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(caseToText(loaded.value, lang)).toContain(line);
  });

  it('drops control and bidi-override characters from page text', async () => {
    const text = caseToText(await makeRichBundle({ merchantName: 'Shop\u202eevil\u0007' }), 'en');
    expect(text).toContain('Merchant name: Shopevil');
    expect(text).not.toContain('\u202e');
    expect(text).not.toContain('\u0007');
  });
});
