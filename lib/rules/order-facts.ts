import { OrderStatus, PaymentMethod, TransactionType, type Order } from '../schema/order';
import type { OrderKey } from '../schema/capture';
import { boundedMemo } from './bounded-memo';

/** What evaluate accepts: a capture may lack any field, the order number included. */
export type OrderInput = Partial<Order>;

/** The order as the rules see it, with the domain's defaults for missing data applied. */
export interface OrderFacts {
  paymentMethod: PaymentMethod | undefined;
  transactionType: TransactionType;
  status: OrderStatus | undefined;
  settled: boolean;
  amountMinor: number | undefined;
  refundedMinor: number;
  refundCount: number;
  currency: string | undefined;
  /** The payment time in the rule set's zone, parsed only when a window needs it. */
  payment(): PaidFacts;
  has(key: OrderKey): boolean;
}

// Outside these years a payment time is a capture error, and deadlines would leave 4-digit ISO years.
const PLAUSIBLE_FROM_MS = Date.UTC(1970, 0, 1);
const PLAUSIBLE_TO_MS = Date.UTC(3000, 0, 1);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const oneOf = <T extends string>(options: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : undefined;

export interface PaidFacts {
  /** undefined when the payment time is missing or unusable. */
  paid: Temporal.ZonedDateTime | undefined;
  state: 'ok' | 'missing' | 'implausible';
  /** Identifies paid (zone and instant text) for memoized deadlines. */
  key: string;
}

const parsePaid = boundedMemo(
  2000,
  (paidAt: string, zone: string) => `${zone} ${paidAt}`,
  (paidAt: string, zone: string): PaidFacts => {
    const key = `${zone} ${paidAt}`;
    let instant: Temporal.Instant;
    try {
      instant = Temporal.Instant.from(paidAt);
    } catch {
      // An unreadable time is a finding, reported as such by the verdict, not an error.
      return { paid: undefined, state: 'implausible', key };
    }
    const ms = instant.epochMilliseconds;
    if (ms < PLAUSIBLE_FROM_MS || ms >= PLAUSIBLE_TO_MS) return { paid: undefined, state: 'implausible', key };
    return { paid: instant.toZonedDateTimeISO(zone), state: 'ok', key };
  },
);

function readPaid(paidAt: unknown, zone: string): PaidFacts {
  if (typeof paidAt !== 'string' || paidAt === '') return { paid: undefined, state: 'missing', key: '' };
  return parsePaid(paidAt, zone);
}

/** Reads an order that may be partial or malformed without throwing. */
export function readOrderFacts(order: OrderInput, zone: string): OrderFacts {
  const o: Record<string, unknown> = order;
  let payment: PaidFacts | undefined;
  return {
    paymentMethod: oneOf(PaymentMethod.options, o.paymentMethod),
    transactionType: oneOf(TransactionType.options, o.transactionType) ?? 'sale',
    status: oneOf(OrderStatus.options, o.status),
    settled: o.settled === true,
    amountMinor: isCount(o.amountMinor) ? o.amountMinor : undefined,
    refundedMinor: isCount(o.refundedMinor) ? o.refundedMinor : 0,
    refundCount: isCount(o.refundCount) ? o.refundCount : 0,
    currency: typeof o.currency === 'string' && /^[A-Z]{3}$/.test(o.currency) ? o.currency : undefined,
    payment: () => (payment ??= readPaid(o.paidAt, zone)),
    has: (key) => o[key] !== undefined && o[key] !== null && o[key] !== '',
  };
}
