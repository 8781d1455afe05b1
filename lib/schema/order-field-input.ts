import { wallClock } from '../format/instant';
import { decimalToMinor, minorToDecimal } from '../format/money';
import { FIELD_KINDS } from './field-kinds';
import { Order, OrderStatus, PaymentMethod, TransactionType, type OrderKey } from './order';

export { FIELD_KINDS, type FieldKind } from './field-kinds';

/** The choices of an enumerated field. */
export const ENUM_OPTIONS: Partial<Record<OrderKey, readonly string[]>> = {
  transactionType: TransactionType.options,
  paymentMethod: PaymentMethod.options,
  status: OrderStatus.options,
};

/** Shows a field's value in the editable text the panel's input holds. */
export function fieldInputText(key: OrderKey, value: unknown, currency = 'CNY', zone = 'Asia/Shanghai'): string {
  if (value === undefined || value === null) return '';
  switch (FIELD_KINDS[key]) {
    case 'amount': {
      return minorToDecimal(Number(value), currency);
    }
    case 'instant':
      return wallClock(String(value), zone);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return String(value);
  }
}

export type ParsedInput = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Reads what the agent typed into a field. Empty text clears the field; times without an offset are read in
 * the portal's zone.
 */
export function parseFieldInput(key: OrderKey, text: string, currency = 'CNY', zone = 'Asia/Shanghai'): ParsedInput {
  const raw = text.trim();
  if (raw === '') return { ok: true, value: undefined };
  let value: unknown = raw;
  switch (FIELD_KINDS[key]) {
    case 'amount': {
      const minor = decimalToMinor(raw, currency);
      if (minor === null) return { ok: false, error: `expected an amount like ${minorToDecimal(0, currency)}` };
      value = minor;
      break;
    }
    case 'count':
      if (!/^\d+$/.test(raw)) return { ok: false, error: 'expected a whole number' };
      value = Number(raw);
      break;
    case 'boolean':
      value = raw === 'true';
      break;
    case 'instant':
      try {
        value = /[+-]\d\d:\d\d$|Z$/i.test(raw)
          ? Temporal.Instant.from(raw.replace(' ', 'T')).toString()
          : Temporal.PlainDateTime.from(raw.replace(' ', 'T'))
              .toZonedDateTime(zone)
              .toString({ timeZoneName: 'never' });
      } catch {
        // Temporal's own message names its grammar; the agent is shown the form to type instead.
        return { ok: false, error: 'expected a date and time like 2026-11-25 14:03:22' };
      }
      break;
  }
  const checked = Order.shape[key].safeParse(value);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, error: checked.error.issues[0]?.message ?? 'invalid' };
}
