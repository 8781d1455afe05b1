import { browser } from 'wxt/browser';
import { syncPagePreload } from '../permissions/page-preload';
import { scheduleItem } from '../reminders/schedule-item';
import { registerCommands, runCommand } from './commands';
import { NEXT_REMINDER_ALARM, syncReminders } from './next-reminder';

/** Logs a failed reminder run once; the next start, schedule or alarm tries again. */
const sync = () =>
  void syncReminders().catch((e: unknown) => console.warn('CancelDesk: could not arm the reminders', e));

/** Logs a failed preload once: captures then send the script to the page themselves, as before a grant. */
const preload = () =>
  void syncPagePreload().catch((e: unknown) => console.warn('CancelDesk: could not preload the page script', e));

/**
 * Registers the worker's listeners: shortcuts, the rolling reminder alarm, the schedule the panel publishes
 * (a write wakes a stopped worker) and portal grants, which the preloaded page script follows. Every start re-arms
 * the alarm from the stored schedule and brings the preload in step with the grants.
 */
export function registerBackgroundHandlers(): void {
  registerCommands();
  // Playwright cannot press browser-level shortcuts; e2e builds let it call their handler instead.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { canceldeskTest: { runCommand } });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_REMINDER_ALARM) sync();
  });
  scheduleItem.watch(sync);
  browser.permissions.onAdded.addListener(preload);
  browser.permissions.onRemoved.addListener(preload);
  sync();
  preload();
}
