import { browser } from 'wxt/browser';
import { failure, onMessage } from '../messaging';
import { registerCommands } from './commands';
import { remindDeadline, syncDeadlineAlarms } from './deadline-alarms';

/** Registers the background's message and alarm handlers; reminders are re-derived on every worker start. */
export function registerBackgroundHandlers(): void {
  onMessage('syncAlarms', async () => {
    try {
      return { ok: true, value: { count: await syncDeadlineAlarms() } };
    } catch (e) {
      return failure({ code: 'page_error', detail: e instanceof Error ? e.message : String(e) });
    }
  });
  registerCommands();
  browser.alarms.onAlarm.addListener((alarm) => void remindDeadline(alarm.name));
  void syncDeadlineAlarms().catch(() => undefined);
}
