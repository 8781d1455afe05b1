import type { RuleWindow } from '../schema/rule-set';
import { boundedMemo } from './bounded-memo';
import { toOffsetIso } from './offset-iso';

const DISAMBIGUATIONS = ['compatible', 'later'] as const;

/** The first instant strictly after `paid` whose wall-clock time in paid's zone is `time`. */
function nextCutoff(paid: Temporal.ZonedDateTime, time: Temporal.PlainTime): Temporal.ZonedDateTime {
  const paidNs = paid.epochNanoseconds;
  let date = paid.toPlainDate();
  for (;;) {
    const wall = date.toPlainDateTime(time);
    // A repeated (fall-back) wall time happens twice; the second one can be the first after payment.
    for (const disambiguation of DISAMBIGUATIONS) {
      const candidate = wall.toZonedDateTime(paid.timeZoneId, { disambiguation });
      if (candidate.epochNanoseconds > paidNs) return candidate;
    }
    date = date.add({ days: 1 });
  }
}

const plainTimes = new Map<string, Temporal.PlainTime>();
/** "HH:MM" as a PlainTime, built once per distinct cut-off. */
function cutoffTime(at: string): Temporal.PlainTime {
  let time = plainTimes.get(at);
  if (!time) {
    time = new Temporal.PlainTime(Number(at.slice(0, 2)), Number(at.slice(3, 5)));
    plainTimes.set(at, time);
  }
  return time;
}

/** A window that closes at some instant. */
export type TimedWindow = Exclude<RuleWindow, { kind: 'none' }>;

/** When the window opened by a payment at `paid` closes (exclusive), in paid's zone. */
export function windowDeadline(paid: Temporal.ZonedDateTime, window: TimedWindow): Temporal.ZonedDateTime {
  switch (window.kind) {
    case 'cutoff':
      return nextCutoff(paid, cutoffTime(window.at));
    case 'days':
      return paid.add({ days: window.n });
    case 'months':
      return paid.add({ months: window.n });
  }
}

/** A deadline as the engine keeps it: exact instant for comparisons, ISO text for the verdict. */
export interface Deadline {
  epochNs: bigint;
  iso: string;
}

const windowKey = (window: TimedWindow) =>
  window.kind === 'cutoff' ? `c${window.at}` : `${window.kind[0]}${window.n}`;

/** windowDeadline for a payment identified by paidKey (zone and instant text), remembered across evaluations. */
export const cachedDeadline = boundedMemo(
  4000,
  (paidKey: string, _paid: Temporal.ZonedDateTime, window: TimedWindow) => `${paidKey} ${windowKey(window)}`,
  (_paidKey: string, paid: Temporal.ZonedDateTime, window: TimedWindow): Deadline => {
    const zdt = windowDeadline(paid, window);
    return { epochNs: zdt.epochNanoseconds, iso: toOffsetIso(zdt) };
  },
);
