import { describe, expect, it } from 'vitest';
import { pinnedTabId } from '../../../lib/store/target-tab';

describe('pinnedTabId', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['', null],
    ['?other=1', null],
    ['?tab=abc', -1],
    ['?tab=-3', -1],
  ])('%j → %s', (search, id) => {
    expect(pinnedTabId(search)).toBe(id);
  });
});
