import { browser } from 'wxt/browser';
import { getCase, listCases, purgeExpiredEvidence, type PurgeSummary } from '../db';
import { resolveLanguage, translator } from '../i18n';
import type { CaseRecord } from '../schema/case';
import { loadRetention } from '../settings/retention';
import { loadSettings } from '../settings/settings-storage';

const PREFIX = 'followup:';
const HOUR_MS = 3_600_000;

/** The daily alarm that purges evidence files past the retention period. */
export const RETENTION_ALARM = 'retention:purge';

export interface FollowupAlarm {
  caseId: string;
  /** When the case went under review; a later status change makes the alarm stale. */
  since: string;
  hours: number;
  /** 1 for the first reminder, 2 for the one after another `hours`, … */
  round: number;
}

/** An alarm's name carries everything needed to tell, when it fires, whether it still applies. */
export function followupName({ caseId, since, hours, round }: FollowupAlarm): string {
  return `${PREFIX}${caseId}|${since}|${hours}|${round}`;
}

/** Reads a follow-up alarm name back; null for other alarms. */
export function parseFollowupName(name: string): FollowupAlarm | null {
  if (!name.startsWith(PREFIX)) return null;
  const [caseId, since, hours, round] = name.slice(PREFIX.length).split('|');
  const h = Number(hours);
  const r = Number(round);
  if (!caseId || !since || !(h > 0) || !Number.isInteger(r) || r < 1) return null;
  return { caseId, since, hours: h, round: r };
}

/**
 * The next follow-up reminder of each case under review: `hours` after it went under review, then every
 * `hours` again while it stays there. Always strictly after now, so a sync never repeats a reminder.
 */
export function wantedFollowups(cases: readonly CaseRecord[], now: number, hours: number): Map<string, number> {
  const wanted = new Map<string, number>();
  if (!(hours > 0)) return wanted;
  const period = hours * HOUR_MS;
  for (const c of cases) {
    if (c.status !== 'under_review') continue;
    const since = Date.parse(c.statusSince);
    if (Number.isNaN(since)) continue;
    const round = Math.max(1, Math.floor((now - since) / period) + 1);
    wanted.set(followupName({ caseId: c.id, since: c.statusSince, hours, round }), since + round * period);
  }
  return wanted;
}

/** Makes the browser's follow-up alarms match the cases under review and the current setting. */
export async function syncFollowupAlarms(now = Date.now()): Promise<number> {
  const { followupHours } = await loadRetention();
  const wanted = wantedFollowups(await listCases({ status: ['under_review'] }), now, followupHours);
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(PREFIX));
  await Promise.all(existing.filter((a) => !wanted.has(a.name)).map((a) => browser.alarms.clear(a.name)));
  const have = new Set(existing.map((a) => a.name));
  await Promise.all([...wanted].filter(([name]) => !have.has(name)).map(([name, when]) => browser.alarms.create(name, { when })));
  return wanted.size;
}

/** Shows the follow-up notification for an alarm if its case is still under review, then plans the next one. */
export async function remindFollowup(name: string, now = Date.now()): Promise<boolean> {
  const alarm = parseFollowupName(name);
  if (!alarm) return false;
  const found = await getCase(alarm.caseId);
  const shown = !!found && found.status === 'under_review' && found.statusSince === alarm.since;
  if (found && shown) {
    const settings = await loadSettings();
    const t = translator(resolveLanguage(settings.uiLanguage, navigator.language));
    await browser.notifications.create(name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('log.followupTitle', { orderNo: found.orderNo }),
      message: t('log.followupBody', { hours: alarm.hours * alarm.round, requestId: found.submission?.requestId ?? '—' }),
      priority: 1,
    });
  }
  await syncFollowupAlarms(now);
  return shown;
}

/** Creates the daily retention alarm unless it is already there (alarms outlive the service worker). */
export async function syncRetentionAlarm(): Promise<void> {
  if (await browser.alarms.get(RETENTION_ALARM)) return;
  await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

/** Purges the evidence files of cases closed longer than the retention setting when the daily alarm fires. */
export async function runRetentionPurge(name: string, now = new Date()): Promise<PurgeSummary | null> {
  if (name !== RETENTION_ALARM) return null;
  const { retentionDays } = await loadRetention();
  const purged = await purgeExpiredEvidence(now, retentionDays);
  return purged.ok ? purged.value : null;
}

/** One alarm listener for both: follow-up reminders and the daily retention purge. */
export async function handleCaseLogAlarm(name: string): Promise<void> {
  if (name === RETENTION_ALARM) await runRetentionPurge(name);
  else if (name.startsWith(PREFIX)) await remindFollowup(name);
}
