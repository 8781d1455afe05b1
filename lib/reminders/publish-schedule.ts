import { listCases } from '../db';
import { loadDictionary, resolveLanguage } from '../i18n';
import type { Reply } from '../schema/messages';
import { loadRetention } from '../settings/retention';
import { loadSettings } from '../settings/settings-storage';
import { buildReminderSchedule, OPEN_STATUSES } from './build-schedule';
import { scheduleItem } from './schedule-item';

/**
 * Derives the reminder schedule from the case database and the settings and writes it where the service
 * worker reads it; the write wakes the worker, which re-arms its alarm. Call it whenever cases, the follow-up
 * setting or the language change. Returns how many reminders the schedule holds.
 */
export async function publishReminderSchedule(now = Date.now()): Promise<Reply<{ count: number }>> {
  try {
    const [cases, { followupHours }, settings] = await Promise.all([
      listCases({ status: [...OPEN_STATUSES] }),
      loadRetention(),
      loadSettings(),
    ]);
    const lang = resolveLanguage(settings.uiLanguage, navigator.language);
    await loadDictionary(lang);
    const schedule = buildReminderSchedule(cases, followupHours, lang, now);
    await scheduleItem.setValue(schedule);
    return { ok: true, value: { count: schedule.length } };
  } catch (e) {
    return {
      ok: false,
      error: { code: 'page_error', detail: (e instanceof Error ? e.message : String(e)).slice(0, 1000) },
    };
  }
}
