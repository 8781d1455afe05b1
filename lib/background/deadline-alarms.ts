import { browser } from 'wxt/browser';
import { getCase, listCases } from '../db';
import { actionText } from '../rules';
import { resolveLanguage, translator } from '../i18n';
import type { CaseRecord } from '../schema/case';
import { loadSettings } from '../settings/settings-storage';

/** Reminders before each open case's deadline, in minutes. */
export const REMINDER_MINUTES = [120, 15] as const;
const PREFIX = 'deadline:';
const OPEN: CaseRecord['status'][] = ['draft', 'submitted', 'under_review'];

/** An alarm's name carries the case, the deadline it was set for and the lead time. */
export function alarmName(caseId: string, deadline: string, minutes: number): string {
  return `${PREFIX}${caseId}|${deadline}|${minutes}`;
}

/** Reads an alarm name back; null for alarms that are not deadline reminders. */
export function parseAlarmName(name: string): { caseId: string; deadline: string; minutes: number } | null {
  if (!name.startsWith(PREFIX)) return null;
  const [caseId, deadline, minutes] = name.slice(PREFIX.length).split('|');
  return caseId && deadline && minutes ? { caseId, deadline, minutes: Number(minutes) } : null;
}

/** The reminders open cases need now: pure, so it can be tested without a browser. */
export function wantedAlarms(cases: readonly CaseRecord[], now: number): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const c of cases) {
    if (!c.deadline || !OPEN.includes(c.status)) continue;
    const deadline = Date.parse(c.deadline);
    for (const minutes of REMINDER_MINUTES) {
      const when = deadline - minutes * 60_000;
      if (when > now) wanted.set(alarmName(c.id, c.deadline, minutes), when);
    }
  }
  return wanted;
}

/**
 * Makes the browser's alarms match the database: the service worker may have been stopped and restarted, so
 * alarms are always re-derived from the cases, never kept in memory.
 */
export async function syncDeadlineAlarms(now = Date.now()): Promise<number> {
  const wanted = wantedAlarms(await listCases({ status: OPEN }), now);
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(PREFIX));
  await Promise.all(existing.filter((a) => !wanted.has(a.name)).map((a) => browser.alarms.clear(a.name)));
  const have = new Set(existing.map((a) => a.name));
  await Promise.all([...wanted].filter(([name]) => !have.has(name)).map(([name, when]) => browser.alarms.create(name, { when })));
  return wanted.size;
}

/** Shows the reminder for a deadline alarm, if the case is still open with that deadline. */
export async function remindDeadline(name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const found = await getCase(parsed.caseId);
  if (!found || found.deadline !== parsed.deadline || !OPEN.includes(found.status)) return;
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.uiLanguage, navigator.language);
  const t = translator(lang);
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', { orderNo: found.orderNo }),
    message: t('reminderBody', { action: found.action ? actionText(found.action, lang) : '', minutes: parsed.minutes }),
    priority: 2,
  });
}
