/** "2026-11-24 10:15:33 +08:00" in the given zone (default UTC); the input as-is when it is not an instant. */
export function formatInstant(iso: string, zone = 'UTC'): string {
  try {
    const zdt = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
    return `${zdt.toPlainDate().toString()} ${zdt.toPlainTime().toString({ smallestUnit: 'second' })} ${zdt.offset}`;
  } catch {
    // Exports show stored text as it is: an old or hand-edited value is still evidence, not a reason to fail.
    return iso;
  }
}

/** An instant's date and time on the clock of a zone; throws for a text that is no instant or an unknown zone. */
export function wallTime(iso: string, zone: string): Temporal.PlainDateTime {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDateTime();
}

/** The wall-clock time of an instant in a zone, "2026-11-24 10:15:33" (seconds as stored), as an input shows it. */
export function wallClock(iso: string, zone: string): string {
  return wallTime(iso, zone).toString().replace('T', ' ');
}

/** The wall-clock time of an instant in a zone to the second, "2026-11-24T10:15:33", as a form is filled with it. */
export function wallClockSeconds(iso: string, zone: string): string {
  return wallTime(iso, zone).toString({ smallestUnit: 'second' });
}

/** An instant as wall-clock time in a zone, to the second ("2026-11-25 14:03:22") or the minute; the instant itself if it cannot be read. */
export function instantText(iso: string, zone: string, smallestUnit: 'second' | 'minute' = 'second'): string {
  try {
    return wallTime(iso, zone).toString({ smallestUnit }).replace('T', ' ');
  } catch {
    // An instant or zone Temporal cannot read is shown as stored rather than hidden.
    return iso;
  }
}
