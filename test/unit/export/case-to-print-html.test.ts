import { describe, expect, it } from 'vitest';
import { caseToPrintHtml, escapeHtml } from '../../../lib/export/case-to-print-html';
import { makeRichBundle } from '../../builders/case';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('caseToPrintHtml', () => {
  it.each(['en', 'zh'] as const)('escapes hostile page, note and file text everywhere (%s)', async (lang) => {
    const bundle = await makeRichBundle({
      merchantName: `${HOSTILE}"'&`,
      note: `</p><script>alert(2)</script>${HOSTILE}`,
      evidenceName: `${HOSTILE}.png`,
    });
    const html = caseToPrintHtml(bundle, lang);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;');

    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload]')).toHaveLength(0);
    expect(doc.body.textContent).toContain(HOSTILE);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    );
  });

  it('shows the case in the chosen language', async () => {
    const bundle = await makeRichBundle();
    expect(caseToPrintHtml(bundle, 'zh')).toContain('撤销案件');
    expect(caseToPrintHtml(bundle, 'en')).toContain('Cancellation case');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    [`"'`, '&quot;&#39;'],
    ['上海', '上海'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
