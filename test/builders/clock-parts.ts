import fc from 'fast-check';

/** The parts of a wall-clock time in any year: month, a day every month has (1–28), hour, minute and second. */
export const clockParts = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
});
