import { translator } from '../i18n';
import type { CaseRecord } from '../schema/case';
import type { Reminder } from './reminder';

const PREFIX = 'followup:';
const HOUR_MS = 3_600_000;

export interface FollowupKey {
  caseId: string;
  /** When the case went under review; a later status change makes a new key. */
  since: string;
  hours: number;
  /** 1 for the first reminder, 2 for the one after another `hours`, … */
  round: number;
}

/** A follow-up's key (and notification id): everything that tells one round of one review from another. */
export function followupName({ caseId, since, hours, round }: FollowupKey): string {
  return `${PREFIX}${caseId}|${since}|${hours}|${round}`;
}

/** Reads a follow-up key back; null for anything else (also used for alarms of old versions). */
export function parseFollowupName(name: string): FollowupKey | null {
  if (!name.startsWith(PREFIX)) return null;
  const [caseId, since, hours, round] = name.slice(PREFIX.length).split('|');
  const h = Number(hours);
  const r = Number(round);
  if (!caseId || !since || !(h > 0) || !Number.isInteger(r) || r < 1) return null;
  return { caseId, since, hours: h, round: r };
}

function reminder(c: CaseRecord, hours: number, round: number, period: number, since: number): Reminder {
  return {
    key: followupName({ caseId: c.id, since: c.statusSince, hours, round }),
    kind: 'followup',
    at: since + round * period,
    text: (lang) => {
      const t = translator(lang);
      return {
        title: t('log.followupTitle', { orderNo: c.orderNo }),
        message: t('log.followupBody', { hours: hours * round, requestId: c.submission?.requestId ?? '—' }),
        priority: 1,
      };
    },
  };
}

/**
 * The follow-ups of cases under review: `hours` after the case went under review, then every `hours` again.
 * Per case, the latest round due by `now` if it is after `from` (after a long sleep one reminder that says how
 * long it really has been, not one per missed round), and the next round after both. Pure, for tests.
 */
export function followupReminders(cases: readonly CaseRecord[], hours: number, from: number, now: number): Reminder[] {
  const out: Reminder[] = [];
  if (!(hours > 0)) return out;
  const period = hours * HOUR_MS;
  for (const c of cases) {
    if (c.status !== 'under_review') continue;
    const since = Date.parse(c.statusSince);
    if (Number.isNaN(since)) continue;
    const passed = Math.floor((now - since) / period);
    if (passed >= 1 && since + passed * period > from) out.push(reminder(c, hours, passed, period, since));
    const next = Math.max(1, passed + 1, Math.floor((from - since) / period) + 1);
    out.push(reminder(c, hours, next, period, since));
  }
  return out;
}
