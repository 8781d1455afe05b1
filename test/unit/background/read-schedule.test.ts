import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSchedule } from '../../../lib/background/read-schedule';

const deadline = { kind: 'deadline', key: 'deadline:c|d|15', at: 1, until: 2, title: 'T', message: 'M' };
const followup = { kind: 'followup', key: 'followup:c|s|4|', since: 1, hours: 4, title: 'T', message: ['a', 'b'] };

afterEach(() => vi.restoreAllMocks());

describe('readSchedule', () => {
  it('keeps the entries the panel writes', () => {
    expect(readSchedule([deadline, followup])).toEqual([deadline, followup]);
  });

  it.each([
    ['an unknown kind', { ...deadline, kind: 'other' }],
    ['a time that is not a number', { ...deadline, at: '1' }],
    ['an endless time', { ...deadline, until: Infinity }],
    ['no key', { ...deadline, key: undefined }],
    ['a title of another type', { ...deadline, title: 3 }],
    ['no hours', { ...followup, hours: 0 }],
    ['hours past the setting', { ...followup, hours: 721 }],
    ['a message not split in two', { ...followup, message: 'a b' }],
    ['null', null],
  ])('drops %s, and says so once', (_, entry) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readSchedule([deadline, entry, entry])).toEqual([deadline]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['nothing stored yet', undefined, 0],
    ['something that is not a list', { v: 2 }, 1],
  ])('reads %s as no reminders', (_, raw, warnings) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readSchedule(raw)).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(warnings);
  });
});
