import { watchRetention } from '../settings/retention';
import { watchSettings } from '../settings/settings-storage';
import { purgeEvidenceOnceADay } from './daily-purge';
import { publishReminderSchedule } from './publish-schedule';

/**
 * What the panel does besides its UI, from when it opens: publishes the reminder schedule, publishes it again
 * when the language or the follow-up setting changes (its texts and times depend on them), and purges expired
 * evidence at most once a day. Returns a function that stops the watching.
 */
export function runPanelChores(): () => void {
  const publish = () =>
    void publishReminderSchedule().then((published) => {
      if (!published.ok) console.warn('CancelDesk: could not publish the reminder schedule', published.error);
    });
  // Settings change rarely; any change republishes rather than tracking which one was the language.
  const stopSettings = watchSettings(publish);
  const stopRetention = watchRetention(publish);
  // After the panel's own first reads: both read the database, and the agent is waiting for the case list.
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  idle(
    () => {
      publish();
      void purgeEvidenceOnceADay().catch((e: unknown) =>
        console.warn('CancelDesk: the daily evidence purge failed', e),
      );
    },
    { timeout: 2000 },
  );
  return () => {
    stopSettings();
    stopRetention();
  };
}
