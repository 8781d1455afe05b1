const DEADLINE = 'deadline:';
const FOLLOWUP = 'followup:';

/** A deadline reminder's key (and notification id) carries the case, the deadline it was set for and the lead time. */
export function alarmName(caseId: string, deadline: string, minutes: number): string {
  return `${DEADLINE}${caseId}|${deadline}|${minutes}`;
}

/** Reads a key back; null for anything that is not a deadline reminder. */
export function parseAlarmName(name: string): { caseId: string; deadline: string; minutes: number } | null {
  if (!name.startsWith(DEADLINE)) return null;
  const [caseId, deadline, minutes] = name.slice(DEADLINE.length).split('|');
  return caseId && deadline && minutes ? { caseId, deadline, minutes: Number(minutes) } : null;
}

export interface FollowupKey {
  caseId: string;
  /** When the case went under review; a later status change makes a new key. */
  since: string;
  hours: number;
  /** 1 for the first reminder, 2 for the one after another `hours`, … */
  round: number;
}

/** A follow-up's key without its round, as the schedule carries it; the worker appends the round. */
export function followupPrefix({ caseId, since, hours }: Omit<FollowupKey, 'round'>): string {
  return `${FOLLOWUP}${caseId}|${since}|${hours}|`;
}

/** A follow-up's key (and notification id): everything that tells one round of one review from another. */
export function followupName(key: FollowupKey): string {
  return `${followupPrefix(key)}${key.round}`;
}

/** Reads a follow-up key back; null for anything else. */
export function parseFollowupName(name: string): FollowupKey | null {
  if (!name.startsWith(FOLLOWUP)) return null;
  const [caseId, since, hours, round] = name.slice(FOLLOWUP.length).split('|');
  const h = Number(hours);
  const r = Number(round);
  if (!caseId || !since || !(h > 0) || !Number.isInteger(r) || r < 1) return null;
  return { caseId, since, hours: h, round: r };
}
