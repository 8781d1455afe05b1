import { describe, expect, it } from 'vitest';
import { casesToCsv, csvCell } from '../../../lib/export/cases-to-csv';
import { makeRichBundle } from '../../builders/case';

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['say "hi"', '"say ""hi"""'],
    ['上海静安咖啡店', '上海静安咖啡店'],
    ['', ''],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('casesToCsv', () => {
  it('starts with a UTF-8 byte-order mark, ends lines with CRLF and keeps Chinese text', async () => {
    const bundle = await makeRichBundle();
    const csv = casesToCsv([bundle.case], 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const [header, row] = parseCsv(csv.slice(1));
    expect(header?.[0]).toBe('orderNo');
    const record = Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]));
    expect(record).toMatchObject({ orderNo: bundle.case.orderNo, merchantName: '上海静安咖啡店', amount: '120.00', currency: 'CNY', status: '已提交', requestId: 'REQ-2026-0042' });
  });

  it('neutralises a formula in page text so no cell starts with = + - @', async () => {
    const bundle = await makeRichBundle({ merchantName: '=cmd|" /C calc"!A0', orderNo: '-1+1' });
    const rows = parseCsv(casesToCsv([bundle.case]).slice(1));
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]?.[1]).toBe(`'=cmd|" /C calc"!A0`);
  });
});
