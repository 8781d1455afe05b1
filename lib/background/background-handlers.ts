import { browser } from 'wxt/browser';
import { scheduleItem } from '../reminders/schedule-item';
import { registerCommands, runCommand } from './commands';
import { NEXT_REMINDER_ALARM, syncReminders } from './next-reminder';

/** Logs a failed reminder run once; the next start, schedule or alarm tries again. */
const sync = () =>
  void syncReminders().catch((e: unknown) => console.warn('CancelDesk: could not arm the reminders', e));

/**
 * Registers the worker's listeners: shortcuts, the rolling reminder alarm and the schedule the panel publishes
 * (a write wakes a stopped worker). Every start re-arms the alarm from the stored schedule.
 */
export function registerBackgroundHandlers(): void {
  registerCommands();
  // Playwright cannot press browser-level shortcuts; e2e builds let it call their handler instead.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { canceldeskTest: { runCommand } });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_REMINDER_ALARM) sync();
  });
  scheduleItem.watch(sync);
  sync();
}
