import { describe, expect, it } from 'vitest';
import { dataUrlBytes, throttleDelay } from '../../../lib/case-log/screenshot';

const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 1, 2))}`;

describe('throttleDelay', () => {
  it.each([
    [[], 1000, 0],
    [[900], 1000, 0],
    [[100, 900], 1000, 100],
    [[500, 900], 1000, 500],
    [[0, 10], 1000, 0],
    [[100, 200, 900], 1000, 200],
  ])('after captures at %j, at %i waits %i ms', (recent, now, wait) => {
    expect(throttleDelay(recent, now)).toBe(wait);
  });
});

describe('dataUrlBytes', () => {
  it('decodes a base64 data URL', () => {
    expect([...dataUrlBytes(PNG_URL)]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2]);
  });
});
