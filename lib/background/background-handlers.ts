import { browser } from 'wxt/browser';
import { failure, onMessage } from '../messaging';
import { registerCommands, runCommand } from './commands';
import { remindDeadline, syncDeadlineAlarms } from './deadline-alarms';
import { handleCaseLogAlarm, syncFollowupAlarms, syncRetentionAlarm } from './followup-alarms';

/** Registers the background's message and alarm handlers; reminders are re-derived on every worker start. */
export function registerBackgroundHandlers(): void {
  onMessage('syncAlarms', async () => {
    try {
      const [deadlines, followups] = await Promise.all([syncDeadlineAlarms(), syncFollowupAlarms()]);
      return { ok: true, value: { count: deadlines + followups } };
    } catch (e) {
      return failure({ code: 'page_error', detail: e instanceof Error ? e.message : String(e) });
    }
  });
  registerCommands();
  // Playwright cannot press browser-level shortcuts; e2e builds let it call their handler instead.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { canceldeskTest: { runCommand } });
  browser.alarms.onAlarm.addListener((alarm) => {
    void remindDeadline(alarm.name);
    void handleCaseLogAlarm(alarm.name).catch(() => undefined);
  });
  void syncDeadlineAlarms().catch(() => undefined);
  void syncFollowupAlarms().catch(() => undefined);
  void syncRetentionAlarm().catch(() => undefined);
}
