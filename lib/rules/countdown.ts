// Here, not in evaluate.ts, so the case list's countdown does not load the rule engine.
/** A deadline less than this far away turns urgent. */
export const DEADLINE_SOON_MS = 2 * 60 * 60 * 1000;

export interface Countdown {
  /** Milliseconds left; 0 or less means the window has closed. */
  leftMs: number;
  hours: number;
  minutes: number;
  seconds: number;
  urgent: boolean;
}

/** Time left until an exclusive deadline, split for display; urgent under two hours. */
export function countdown(deadline: string, now: Date): Countdown {
  const leftMs = Date.parse(deadline) - now.getTime();
  const total = Math.max(0, Math.floor(leftMs / 1000));
  return {
    leftMs,
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    urgent: leftMs > 0 && leftMs < DEADLINE_SOON_MS,
  };
}
