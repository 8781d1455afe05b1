import { describe, expect, it } from 'vitest';
import { countdown } from '../../../lib/rules/countdown';

describe('countdown', () => {
  const deadline = '2026-11-25T23:00:00+08:00';
  it.each([
    ['2026-11-25T12:00:00+08:00', { hours: 11, minutes: 0, seconds: 0, urgent: false }],
    ['2026-11-25T21:00:00+08:00', { hours: 2, minutes: 0, seconds: 0, urgent: false }],
    ['2026-11-25T21:00:01+08:00', { hours: 1, minutes: 59, seconds: 59, urgent: true }],
    ['2026-11-25T22:59:59+08:00', { hours: 0, minutes: 0, seconds: 1, urgent: true }],
    ['2026-11-25T23:00:00+08:00', { hours: 0, minutes: 0, seconds: 0, urgent: false }],
    ['2026-11-26T01:00:00+08:00', { hours: 0, minutes: 0, seconds: 0, urgent: false }],
  ])('at %s', (now, expected) => {
    expect(countdown(deadline, new Date(now))).toMatchObject(expected);
  });

  it('reports a closed window as no time left', () => {
    expect(countdown(deadline, new Date('2026-11-25T23:00:00+08:00')).leftMs).toBe(0);
  });
});
