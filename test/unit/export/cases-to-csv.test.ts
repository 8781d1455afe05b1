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
    // Formula neutralisation: a leading = + - @, tab or CR gets an apostrophe.
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    // Quoting: commas, semicolons, quotes, CR and LF.
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    [';', '";"'],
    ['=cmd;x', `"'=cmd;x"`],
    ['-1;2', `"'-1;2"`],
    ['line\nbreak', '"line\nbreak"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['cr\rinside', '"cr\rinside"'],
    ['say "hi"', '"say ""hi"""'],
    // Left alone: the marks only count at the start, and nothing else needs quotes.
    ['a=b+c-d@e', 'a=b+c-d@e'],
    ['tab\tinside', 'tab\tinside'],
    [' =not at start', ' =not at start'],
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
    expect(record).toMatchObject({
      orderNo: bundle.case.orderNo,
      merchantName: '上海静安咖啡店',
      amount: '120.00',
      currency: 'CNY',
      status: '已提交',
      requestId: 'REQ-2026-0042',
    });
  });

  it('neutralises a formula in page text so no cell starts with = + - @', async () => {
    const bundle = await makeRichBundle({ merchantName: '=cmd|" /C calc"!A0', orderNo: '-1+1' });
    const rows = parseCsv(casesToCsv([bundle.case]).slice(1));
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]?.[1]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('quotes a semicolon so a semicolon-separated reading keeps the cell whole', async () => {
    const bundle = await makeRichBundle({ merchantName: '咖啡店;分店', orderNo: '=1;2' });
    const csv = casesToCsv([bundle.case]);
    const rows = parseCsv(csv.slice(1));
    expect([rows[1]?.[0], rows[1]?.[1]]).toEqual(["'=1;2", '咖啡店;分店']);
    // Outside quotes, no semicolon is left for a reader that splits on it.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toContain(';');
  });
});
