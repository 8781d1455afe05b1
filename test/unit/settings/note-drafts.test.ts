import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetNoteDraft, loadNoteDraft, saveNoteDraft } from '../../../lib/settings/note-drafts';

beforeEach(() => fakeBrowser.reset());

const ID_MASK = { keepStart: 3, keepEnd: 4 };

describe('note drafts', () => {
  it.each([
    ['plain text', 'Merchant called back at 10:05', 'Merchant called back at 10:05'],
    ['Chinese text', '商户 10:05 回电，同意退货', '商户 10:05 回电，同意退货'],
    ['a card number typed by mistake', 'card 4111 1111 1111 1111 declined', 'card 4111 11** **** 1111 declined'],
  ])('keeps %s per case, masked, in session storage only', async (_, typed, kept) => {
    await saveNoteDraft('case-a', typed, ID_MASK);
    expect(await loadNoteDraft('case-a')).toBe(kept);
    expect(await loadNoteDraft('case-b')).toBe('');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it("forgets one case's draft and keeps the others", async () => {
    await saveNoteDraft('case-a', 'first thoughts', ID_MASK);
    await saveNoteDraft('case-b', 'other thoughts', ID_MASK);
    await forgetNoteDraft('case-a');
    expect([await loadNoteDraft('case-a'), await loadNoteDraft('case-b')]).toEqual(['', 'other thoughts']);
  });

  it.each([[''], ['   '], ['\n\t']])('forgets the draft when the text becomes blank (%j)', async (blank) => {
    await saveNoteDraft('case-a', 'first thoughts', ID_MASK);
    await saveNoteDraft('case-a', blank, ID_MASK);
    expect(await loadNoteDraft('case-a')).toBe('');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each([[42], [{ text: 'x' }], ['x'.repeat(20_001)]])(
    'reads a stored value that is not a draft as no draft (%#)',
    async (stored) => {
      await fakeBrowser.storage.session.set({ 'noteDraft:case-a': stored });
      expect(await loadNoteDraft('case-a')).toBe('');
    },
  );
});
