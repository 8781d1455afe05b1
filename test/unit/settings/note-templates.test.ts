import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Lang } from '../../../lib/i18n';
import {
  DEFAULT_NOTE_TEMPLATES,
  fillNoteTemplate,
  loadNoteTemplates,
  NOTE_VARIABLES,
  NoteTemplate,
  saveNoteTemplates,
  unknownVariables,
  watchNoteTemplates,
  type NoteVariable,
} from '../../../lib/settings/note-templates';

beforeEach(() => fakeBrowser.reset());

const VALUES: Record<NoteVariable, string> = {
  orderNo: '202611251403220018',
  amount: '¥1,288.00',
  action: '撤销',
  deadline: '2026-11-25 23:00',
  agent: '王丽',
};
const template = (over: Partial<NoteTemplate> = {}): NoteTemplate => ({
  id: 't1',
  name: 'Call',
  lang: 'en',
  text: 'Order {orderNo}',
  ...over,
});

describe('fillNoteTemplate', () => {
  it.each([
    [
      '订单 {orderNo}（{amount}）{action}，截止 {deadline}，{agent}',
      '订单 202611251403220018（¥1,288.00）撤销，截止 2026-11-25 23:00，王丽',
    ],
    ['{orderNo} and {orderNo} again', '202611251403220018 and 202611251403220018 again'],
    ['unknown {customer} stays', 'unknown {customer} stays'],
    ['no variables', 'no variables'],
    ['{constructor} is not a variable', '{constructor} is not a variable'],
  ])('%j', (text, expected) => {
    expect(fillNoteTemplate(text, VALUES)).toBe(expected);
  });
});

describe('unknownVariables', () => {
  it.each([
    ['{orderNo} {amount} {action} {deadline} {agent}', []],
    ['{orderno} and {Amount}', ['orderno', 'Amount']],
    ['{x}{x}', ['x']],
  ])('%j → %j', (text, names) => {
    expect(unknownVariables(text)).toEqual(names);
  });
});

describe('note template storage', () => {
  it('starts with templates in Chinese and English that use only known variables', async () => {
    const loaded = await loadNoteTemplates();
    expect(loaded).toEqual(DEFAULT_NOTE_TEMPLATES);
    expect(new Set(loaded.map((t) => t.lang))).toEqual(new Set(['zh', 'en']));
    for (const t of loaded) expect(unknownVariables(t.text)).toEqual([]);
    const used = new Set(loaded.flatMap((t) => [...t.text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
    expect([...used].sort()).toEqual([...NOTE_VARIABLES].sort());
  });

  it('stores edited templates', async () => {
    const next = [template(), template({ id: 't2', name: '来电', lang: 'zh', text: '客户 {agent}' })];
    expect(await saveNoteTemplates(next)).toEqual({ ok: true, value: next });
    expect(await loadNoteTemplates()).toEqual(next);
  });

  it.each<[string, NoteTemplate[], number, string, Lang?]>([
    [
      'an unknown variable',
      [template(), template({ id: 't2', name: 'Typo', text: 'Order {orderno}' })],
      1,
      'Typo, text: unknown variable {orderno}',
    ],
    ['an empty name', [template({ name: '  ' })], 0, '#1, name:'],
    ['empty text', [template({ text: '' })], 0, 'Call, text:'],
    ['a shared id', [template(), template({ name: 'Other' })], 1, 'Other: two templates share the id t1'],
    [
      'a shared id, in Chinese',
      [template(), template({ name: '另一个' })],
      1,
      '另一个：两个模板的编号相同（t1）',
      'zh',
    ],
    [
      'an unknown variable, in Chinese',
      [template({ text: '订单 {order}' })],
      0,
      'Call, text: 未知变量 {order}，可用变量：{orderNo}',
      'zh',
    ],
  ])('refuses %s, saying which template and what', async (_, list, index, message, lang = 'en') => {
    const saved = await saveNoteTemplates(list, lang);
    expect(saved.ok).toBe(false);
    if (!saved.ok) {
      expect(saved.index).toBe(index);
      expect(saved.error).toContain(message);
    }
    expect(await loadNoteTemplates()).toEqual(DEFAULT_NOTE_TEMPLATES);
  });

  it.each([
    ['not a list', { a: 1 }, DEFAULT_NOTE_TEMPLATES],
    ['a list with a broken entry', [template(), { id: 'x' }], [template()]],
  ])('reads %s as the valid part or the defaults', async (_, stored, expected) => {
    await fakeBrowser.storage.local.set({ noteTemplates: stored });
    expect(await loadNoteTemplates()).toEqual(expected);
  });

  it('tells watchers about saved templates', async () => {
    const seen: string[][] = [];
    const stop = watchNoteTemplates((list) => seen.push(list.map((t) => t.id)));
    await saveNoteTemplates([template({ id: 'only' })]);
    stop();
    expect(seen).toEqual([['only']]);
  });
});
