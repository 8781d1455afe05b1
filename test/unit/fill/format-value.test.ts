import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/fill/collect-fields';
import { dateTemplate, formatAmount, formatWallClock, parseAmount } from '../../../lib/fill/format-value';
import { wallClockSeconds } from '../../../lib/format/instant';
import { mount } from './dom';

/** The one field of a small form. */
function fieldOf(html: string) {
  const [field] = collectFields(mount(`<form><label for="x">字段</label>${html}</form>`));
  if (!field) throw new Error('no field');
  return field;
}

describe('formatAmount', () => {
  it.each([
    ['a number input', '<input id="x" type="number">', 12_850, 'CNY', false, '128.50'],
    ['a "0.00" placeholder', '<input id="x" placeholder="0.00">', 12_800, 'CNY', false, '128.00'],
    ['a "0.0" placeholder', '<input id="x" placeholder="0.0">', 12_850, 'CNY', false, '128.5'],
    ['a whole-yuan field keeps the fen', '<input id="x" placeholder="0">', 12_850, 'CNY', false, '128.50'],
    ['a whole-yuan field', '<input id="x" placeholder="0">', 12_800, 'CNY', false, '128'],
    ['an existing "0.00" value', '<input id="x" value="0.00">', 5, 'CNY', false, '0.05'],
    ['a fen field', '<input id="x">', 12_850, 'CNY', true, '12850'],
    ['yen have no minor unit', '<input id="x">', 1_200, 'JPY', false, '1200'],
    ['a plain text field', '<input id="x">', 100_000_000, 'CNY', false, '1000000.00'],
  ])('%s', (_name, html, minor, currency, minorUnits, expected) => {
    expect(formatAmount(minor, currency, fieldOf(html), minorUnits)).toBe(expected);
  });
});

describe('parseAmount', () => {
  it.each([
    ['128.50', false, 12_850],
    ['¥1,280.00', false, 128_000],
    ['128', false, 12_800],
    ['128.5', false, 12_850],
    ['12850', true, 12_850],
    ['128.505', false, null],
    ['abc', false, null],
    ['', false, null],
  ])('%j (minor units: %s) → %s', (text, minorUnits, expected) => {
    expect(parseAmount(text, 'CNY', minorUnits)).toBe(expected);
  });
});

describe('dateTemplate and formatWallClock', () => {
  const paidAt = '2026-11-25T14:03:27';
  it.each([
    ['type=date', '<input id="x" type="date">', 'datetime', '2026-11-25'],
    ['type=datetime-local', '<input id="x" type="datetime-local">', 'datetime', '2026-11-25T14:03'],
    [
      'type=datetime-local with seconds',
      '<input id="x" type="datetime-local" step="1">',
      'datetime',
      '2026-11-25T14:03:27',
    ],
    ['type=time', '<input id="x" type="time">', 'time', '14:03'],
    ['YYYY/MM/DD placeholder', '<input id="x" placeholder="YYYY/MM/DD">', 'datetime', '2026/11/25'],
    [
      'yyyy-mm-dd hh:mm:ss placeholder',
      '<input id="x" placeholder="yyyy-mm-dd hh:mm:ss">',
      'date',
      '2026-11-25 14:03:27',
    ],
    ['Chinese date placeholder', '<input id="x" placeholder="YYYY年MM月DD日">', 'datetime', '2026年11月25日'],
    ['compact placeholder', '<input id="x" placeholder="YYYYMMDD">', 'datetime', '20261125'],
    ['HH:mm:ss placeholder', '<input id="x" placeholder="HH:mm:ss">', 'datetime', '14:03:27'],
    ['an existing value', '<input id="x" value="2026/01/05 09:30">', 'datetime', '2026/11/25 14:03'],
    ['a pattern', '<input id="x" pattern="\\d{4}\\.\\d{2}\\.\\d{2}">', 'datetime', '2026.11.25'],
    ['no hint, a date label', '<input id="x">', 'date', '2026-11-25'],
    ['no hint, a time label', '<input id="x">', 'time', '14:03:27'],
    ['no hint at all', '<input id="x" placeholder="请选择">', 'datetime', '2026-11-25 14:03:27'],
  ] as const)('%s', (_name, html, part, expected) => {
    expect(formatWallClock(paidAt, dateTemplate(fieldOf(html), part))).toBe(expected);
  });

  it.each([
    ['Asia/Shanghai', '2026-01-01 07:30:00'],
    ['Europe/London', '2025-12-31 23:30:00'],
    ['America/New_York', '2025-12-31 18:30:00'],
  ])('writes the wall-clock time of %s the panel works out', (zone, expected) => {
    expect(formatWallClock(wallClockSeconds('2025-12-31T23:30:00Z', zone), 'YYYY-MM-DD HH:mm:ss')).toBe(expected);
  });
});
