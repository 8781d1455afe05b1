import type { Order, OrderKey } from '../schema/order';
import { enumValue } from '../vocabulary';
import { maskCardToken } from '../extract/mask';
import { currencyIn, parseAmount } from './parse-amount';
import { parseTime, type DateOrder, type WallDate, type WallTime, type ZoneClock } from './parse-time';
import { ascii, clean } from '../format/text';

export type OrderValue = NonNullable<Order[OrderKey]>;
export type FieldContext = { localCurrency: string; clock: ZoneClock; dateOrder?: DateOrder; unit?: string };
export type FieldParse =
  | { ok: true; value: OrderValue; shape: number; currency?: string; masked?: boolean }
  | { ok: 'date'; date: WallDate }
  | { ok: 'time'; time: WallTime }
  | { ok: false; code: 'unparsable' | 'ambiguous_date_order'; reason: string };

type Shape = [RegExp, number][];
/**
 * Receipt identifiers as ISO 8583 defines them and portals print them: the exact receipt shape scores 1,
 * looser shapes less (domain doc, "Receipt fields"). Terminal ID is field 41 (8 characters, letters and
 * symbols allowed), merchant ID field 42 (up to 15), RRN field 37 (12 alphanumeric), authorization code
 * field 38 (6 alphanumeric); batch and trace numbers are digits on most terminals, letters on some.
 */
const ID_SHAPES: Partial<Record<OrderKey, Shape>> = {
  orderNo: [
    [/^(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9_.-]{5,127}$/, 1],
    [/^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9_.-]{3,127}$/, 0.6],
  ],
  merchantId: [
    [/^\d{15}$/, 1],
    [/^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9_./-]{14}$/, 0.9],
    [/^(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9_./-]{5,31}$/, 0.6],
  ],
  terminalId: [
    [/^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9_./-]{7}$/, 1],
    [/^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9_./-]{3,15}$/, 0.6],
  ],
  batchNo: [
    [/^\d{6}$/, 1],
    [/^\d{1,8}$/, 0.6],
    [/^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9-]{0,11}$/, 0.5],
  ],
  voucherNo: [
    [/^\d{6}$/, 1],
    [/^\d{1,8}$/, 0.6],
    [/^(?=\D*\d)[A-Za-z0-9][A-Za-z0-9-]{0,11}$/, 0.5],
  ],
  referenceNo: [
    [/^\d{12}$/, 1],
    [/^(?=\D*\d)[A-Za-z0-9]{12}$/, 0.9],
    [/^(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9-]{5,31}$/, 0.6],
  ],
  authCode: [
    [/^[A-Za-z0-9]{6}$/, 1],
    [/^[A-Za-z0-9]{2,12}$/, 0.5],
  ],
};

const fail = (reason: string): FieldParse => ({ ok: false, code: 'unparsable', reason });

/** The rule each identifier's shape comes from, said when a value does not fit it. */
const ID_RULES: Partial<Record<OrderKey, string>> = {
  orderNo: 'an order number is 4 to 128 letters, digits, dashes, dots or underscores, with a digit',
  merchantId: 'a merchant ID is up to 15 letters, digits or symbols (ISO 8583 field 42)',
  terminalId: 'a terminal ID is 8 letters, digits or symbols (ISO 8583 field 41), 4 to 16 on some portals',
  batchNo: 'a batch number is up to 12 digits or letters',
  voucherNo: 'a voucher (trace) number is up to 12 digits or letters',
  referenceNo: 'a retrieval reference number is 12 letters or digits (ISO 8583 field 37)',
  authCode: 'an authorization code is 6 letters or digits (ISO 8583 field 38)',
};

function identifier(key: OrderKey, text: string, shapes: Shape): FieldParse {
  const words = clean(ascii(text)).split(' ');
  for (const [i, w] of words.entries()) {
    const token = w.replace(/^[#№:(（[]+|[)）\],.;:]+$/g, '');
    for (const [re, score] of shapes) {
      if (re.test(token)) return { ok: true, value: token, shape: i === 0 && words.length === 1 ? score : score * 0.9 };
    }
  }
  return fail(ID_RULES[key] ?? `not a ${key}`);
}

/** A card number as at most first 6 and last 4 digits ("6228 48** **** 1234" → "622848******1234"). */
export function cardValue(text: string): { value: string; masked: boolean } | null {
  const m = /[\d*•●xX#](?:[\d*•●xX#]|[ -](?=[\d*•●xX#])){3,30}/.exec(ascii(text));
  if (!m) return null;
  const chars = m[0].replace(/[ -]/g, '').replace(/[•●xX#]/g, '*');
  const digits = chars.replace(/\D/g, '').length;
  if (digits < 4 || chars.length > 19) return null;
  if (chars.length === 4) return { value: `****${chars}`, masked: false };
  if (chars.length < 12 && !chars.includes('*')) return null;
  const value = maskCardToken(chars);
  return { value, masked: value !== chars };
}

/** Reads one order field from the text shown for it, with a 0–1 score for how well the text fits the field. */
export function parseField(key: OrderKey, text: string, ctx: FieldContext): FieldParse {
  const shapes = ID_SHAPES[key];
  if (shapes) return identifier(key, text, shapes);
  switch (key) {
    case 'merchantName': {
      const name = clean(text);
      return name.length >= 2 && name.length <= 256 && /\p{L}{2}/u.test(name)
        ? { ok: true, value: name, shape: 1 }
        : fail('not a name');
    }
    case 'refundCount': {
      const m = /^\s*(\d{1,4})\s*(次|times?)?\s*$/i.exec(ascii(text));
      return m ? { ok: true, value: Number(m[1]), shape: 1 } : fail('not a count');
    }
    case 'currency': {
      const c = currencyIn(ascii(text));
      return c ? { ok: true, value: c === 'local' ? ctx.localCurrency : c, shape: 1 } : fail('not a currency');
    }
    case 'amountMinor':
    case 'refundedMinor': {
      const a = parseAmount(text, ctx.localCurrency, ctx.unit);
      return a.ok ? { ok: true, value: a.minor, currency: a.currency, shape: a.explicit ? 1 : 0.85 } : fail(a.reason);
    }
    case 'cardMasked': {
      const c = cardValue(text);
      return c ? { ok: true, value: c.value, shape: 1, masked: c.masked } : fail('not a card number');
    }
    case 'paidAt': {
      const t = parseTime(text, ctx.clock, ctx.dateOrder);
      if (!t.ok)
        return {
          ok: false,
          code: t.reason,
          reason: t.reason === 'unparsable' ? 'not a date and time' : 'day and month order unknown',
        };
      if (t.kind === 'date') return { ok: 'date', date: t.date };
      if (t.kind === 'time') return { ok: 'time', time: t.time };
      return { ok: true, value: t.instant, shape: 1 };
    }
    case 'status':
    case 'paymentMethod':
    case 'transactionType':
    case 'settled': {
      const v = enumValue(key, text);
      return v === undefined ? fail(`no known ${key} word`) : { ok: true, value: v, shape: 1 };
    }
    default:
      return fail('unknown field');
  }
}
