import { NEXT_REMINDER_ALARM, syncReminders } from './next-reminder';

/**
 * Re-derives every reminder, deadlines and follow-ups alike, and arms the one rolling alarm (see
 * next-reminder.ts); returns how many deadline reminders are still to come. Called at every worker start and
 * whenever the panel changes cases.
 */
export async function syncDeadlineAlarms(now?: number): Promise<number> {
  return (await syncReminders(now)).deadlines;
}

/**
 * Handles a fired alarm: the rolling one shows every reminder now due and arms the next. Any other alarm is not
 * a reminder; per-case alarms left by earlier versions are cleared at start, so they show nothing.
 */
export async function remindDeadline(name: string): Promise<void> {
  if (name === NEXT_REMINDER_ALARM) await syncReminders();
}
