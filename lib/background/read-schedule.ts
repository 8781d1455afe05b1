import type { ScheduleEntry } from '../reminders/schedule-item';

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 2000;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks one entry by hand: zod would be most of the worker's size, for a shape this small. */
function isEntry(v: unknown): v is ScheduleEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (!isText(e.key) || !isText(e.title)) return false;
  if (e.kind === 'deadline') return isTime(e.at) && isTime(e.until) && isText(e.message);
  return (
    e.kind === 'followup' &&
    isTime(e.since) &&
    typeof e.hours === 'number' &&
    e.hours > 0 &&
    e.hours <= 720 &&
    Array.isArray(e.message) &&
    e.message.length === 2 &&
    e.message.every(isText)
  );
}

/**
 * The entries of a stored schedule that have the shape the panel writes; anything else (a schedule of another
 * version, a damaged entry) is dropped and said once in the worker's console.
 */
export function readSchedule(raw: unknown): ScheduleEntry[] {
  if (!Array.isArray(raw)) {
    if (raw !== null && raw !== undefined) console.warn('CancelDesk: the reminder schedule is not a list; ignored');
    return [];
  }
  const entries = raw.filter(isEntry);
  if (entries.length < raw.length)
    console.warn(`CancelDesk: ${raw.length - entries.length} malformed reminders in the schedule; ignored`);
  return entries;
}
