import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cnPosDefault, defaultRuleSets, intlCardDefault } from '../../../lib/rules';
import type { RuleSet } from '../../../lib/schema/rule-set';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schema/settings';
import {
  copyRuleSet,
  deleteCustomRuleSet,
  loadRuleSets,
  ruleSetFor,
  saveCustomRuleSet,
  watchRuleSets,
} from '../../../lib/settings/rule-set-storage';

const KEY = 'customRuleSets';
const BUILT_IN_IDS = defaultRuleSets.map((s) => s.id);
const stored = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(KEY))[KEY];
const store = (value: unknown) => fakeBrowser.storage.local.set({ [KEY]: value });

/** A valid custom set: cn-pos-default under another id, with its void cut-off moved. */
function makeCustom(overrides: Partial<RuleSet> = {}): RuleSet {
  const set = copyRuleSet(cnPosDefault, []);
  const i = set.rules.findIndex((r) => r.id === 'card-void');
  set.rules[i] = { ...set.rules[i]!, window: { kind: 'cutoff', at: '21:30' } };
  return { ...set, ...overrides };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadRuleSets', () => {
  it('gives the built-ins alone when nothing is stored', async () => {
    const list = await loadRuleSets();
    expect(list.sets.map((s) => s.id)).toEqual(BUILT_IN_IDS);
    expect(list.problems).toEqual([]);
  });

  it('lists built-ins first, then custom sets in the order they were saved', async () => {
    await saveCustomRuleSet(makeCustom({ id: 'shop-b' }));
    await saveCustomRuleSet(makeCustom({ id: 'shop-a' }));
    expect((await loadRuleSets()).sets.map((s) => s.id)).toEqual([...BUILT_IN_IDS, 'shop-b', 'shop-a']);
  });

  it.each<[string, unknown[], string[], RegExp]>([
    [
      'an invalid set, named with the path of its problem',
      [{ ...makeCustom({ id: 'broken' }), zone: 'Nowhere' }, makeCustom({ id: 'fine' })],
      ['fine'],
      /"broken" is not valid and is not used: zone: not an IANA time zone/,
    ],
    [
      'an entry that is not an object',
      ['junk', makeCustom({ id: 'fine' })],
      ['fine'],
      /#1 is not valid.*must be an object/,
    ],
    [
      'a set stored under a built-in id',
      [{ ...makeCustom(), id: 'cn-pos-default', name: 'Tampered' }],
      [],
      /"cn-pos-default" has the id of a built-in set/,
    ],
    [
      'the same id twice',
      [makeCustom({ id: 'twice' }), makeCustom({ id: 'twice', name: 'Second' })],
      ['twice'],
      /"twice" is stored twice/,
    ],
  ])('reports %s instead of dropping it silently', async (_name, raw, usable, problem) => {
    await store(raw);
    const list = await loadRuleSets();
    expect(list.sets.map((s) => s.id)).toEqual([...BUILT_IN_IDS, ...usable]);
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0]).toMatch(problem);
    expect(list.sets.find((s) => s.id === 'cn-pos-default')).toBe(cnPosDefault);
  });

  it('reports a stored value that is not a list', async () => {
    await store({ not: 'a list' });
    const list = await loadRuleSets();
    expect(list.sets.map((s) => s.id)).toEqual(BUILT_IN_IDS);
    expect(list.problems).toEqual([expect.stringMatching(/not a list/)]);
  });

  it.each([
    ['en', [cnPosDefault, 42], [/has the id of a built-in set/, /#2 is not valid and is not used: must be an object/]],
    ['zh', [cnPosDefault, 42], [/与内置规则集编号相同/, /#2 无效，未使用：须为对象/]],
  ] as const)('words the problems in %s', async (lang, stored, expected) => {
    await store(stored);
    expect((await loadRuleSets(lang)).problems).toEqual(expected.map((re) => expect.stringMatching(re)));
  });
});

describe('saveCustomRuleSet', () => {
  it('stores a valid copy and reads it back equal', async () => {
    const custom = makeCustom();
    expect(await saveCustomRuleSet(custom)).toEqual({ ok: true, set: custom });
    expect(await stored()).toEqual([custom]);
    expect((await loadRuleSets()).sets.at(-1)).toEqual(custom);
  });

  it.each(BUILT_IN_IDS)('refuses the built-in id %s and leaves storage and the built-in untouched', async (id) => {
    const builtIn = defaultRuleSets.find((s) => s.id === id)!;
    const before = JSON.stringify(builtIn);
    const result = await saveCustomRuleSet({
      ...structuredClone(builtIn),
      name: 'Changed',
      escalationThresholdMinor: 1,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['id']);
    expect(await stored()).toBeUndefined();
    expect(JSON.stringify(builtIn)).toBe(before);
    expect((await loadRuleSets()).sets.find((s) => s.id === id)).toBe(builtIn);
  });

  it('refuses an invalid set with the path of each problem, storing nothing', async () => {
    const bad = makeCustom({ zone: 'Atlantis/Capital', escalationThresholdMinor: 0 });
    const result = await saveCustomRuleSet(bad);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['zone', 'escalationThresholdMinor']);
    expect(await stored()).toBeUndefined();
  });

  it('replaces the stored set with the same id, in place', async () => {
    await saveCustomRuleSet(makeCustom({ id: 'first' }));
    await saveCustomRuleSet(makeCustom({ id: 'second' }));
    await saveCustomRuleSet(makeCustom({ id: 'first', version: 2, name: 'First, revised' }));
    const custom = (await loadRuleSets()).sets.slice(BUILT_IN_IDS.length);
    expect(custom.map((s) => [s.id, s.version, s.name])).toEqual([
      ['first', 2, 'First, revised'],
      ['second', 1, makeCustom().name],
    ]);
  });

  it('keeps stored entries it cannot read, so the agent still sees them reported', async () => {
    const broken = { ...makeCustom({ id: 'broken' }), version: -3 };
    await store([broken]);
    await saveCustomRuleSet(makeCustom({ id: 'fresh' }));
    expect(await stored()).toEqual([broken, makeCustom({ id: 'fresh' })]);
    expect((await loadRuleSets()).problems).toEqual([
      expect.stringMatching(/"broken".*version: must be a positive whole number/),
    ]);
  });
});

describe('deleteCustomRuleSet', () => {
  it('removes a custom set and only that one', async () => {
    await saveCustomRuleSet(makeCustom({ id: 'keep' }));
    await saveCustomRuleSet(makeCustom({ id: 'drop' }));
    expect(await deleteCustomRuleSet('drop')).toEqual({ ok: true, removed: true });
    expect((await loadRuleSets()).sets.map((s) => s.id)).toEqual([...BUILT_IN_IDS, 'keep']);
  });

  it('removes an entry that does not validate', async () => {
    await store([{ id: 'broken', rules: 'nope' }]);
    expect(await deleteCustomRuleSet('broken')).toEqual({ ok: true, removed: true });
    expect((await loadRuleSets()).problems).toEqual([]);
  });

  it('says so when there was nothing to remove', async () => {
    expect(await deleteCustomRuleSet('never-saved')).toEqual({ ok: true, removed: false });
  });

  it.each(BUILT_IN_IDS)('refuses to delete the built-in %s', async (id) => {
    const result = await deleteCustomRuleSet(id);
    expect(result.ok).toBe(false);
    expect((await loadRuleSets()).sets.map((s) => s.id)).toContain(id);
  });
});

describe('watchRuleSets', () => {
  it('calls back with the re-validated list after a save and after a delete', async () => {
    const seen: string[][] = [];
    const stop = watchRuleSets((list) => seen.push(list.sets.map((s) => s.id)));
    await saveCustomRuleSet(makeCustom({ id: 'watched' }));
    await vi.waitFor(() => expect(seen).toContainEqual([...BUILT_IN_IDS, 'watched']));
    await deleteCustomRuleSet('watched');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(BUILT_IN_IDS));
    stop();
    const count = seen.length;
    await saveCustomRuleSet(makeCustom({ id: 'after-stop' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(count);
  });
});

describe('ruleSetFor', () => {
  const custom = makeCustom({ id: 'shop-7' });
  const sets = [...defaultRuleSets, custom];
  const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

  it.each<[string, Partial<Settings>, string | null | undefined, readonly RuleSet[], string]>([
    [
      'the origin’s own set',
      { ruleSetByOrigin: { 'https://p.example': 'shop-7' } },
      'https://p.example',
      sets,
      'shop-7',
    ],
    [
      'the default for another origin',
      { ruleSetByOrigin: { 'https://p.example': 'shop-7' } },
      'https://q.example',
      sets,
      'cn-pos-default',
    ],
    ['a chosen default', { defaultRuleSetId: 'intl-card-default' }, 'https://q.example', sets, 'intl-card-default'],
    [
      'the default when the origin’s set was deleted',
      { ruleSetByOrigin: { 'https://p.example': 'gone' }, defaultRuleSetId: 'shop-7' },
      'https://p.example',
      sets,
      'shop-7',
    ],
    [
      'the first set when the default is missing too',
      { ruleSetByOrigin: { 'https://p.example': 'gone' }, defaultRuleSetId: 'also-gone' },
      'https://p.example',
      sets,
      'cn-pos-default',
    ],
    [
      'the default without an origin',
      { ruleSetByOrigin: { 'https://p.example': 'shop-7' } },
      undefined,
      sets,
      'cn-pos-default',
    ],
    ['the default for an origin named like an object key', {}, 'constructor', sets, 'cn-pos-default'],
    ['the first built-in when the list is empty', { defaultRuleSetId: 'shop-7' }, null, [], 'cn-pos-default'],
  ])('picks %s', (_name, over, origin, list, id) => {
    expect(ruleSetFor(settings(over), origin, list).id).toBe(id);
  });
});

describe('copyRuleSet', () => {
  it.each<[string, RuleSet, string[], string]>([
    ['a first copy', cnPosDefault, [], 'cn-pos-default-copy'],
    ['a second copy', cnPosDefault, ['cn-pos-default-copy'], 'cn-pos-default-copy-2'],
    ['a third copy', cnPosDefault, ['cn-pos-default-copy', 'cn-pos-default-copy-2'], 'cn-pos-default-copy-3'],
    [
      'a copy of a copy',
      { ...cnPosDefault, id: 'cn-pos-default-copy-2' },
      ['cn-pos-default-copy', 'cn-pos-default-copy-2'],
      'cn-pos-default-copy-3',
    ],
    ['a copy of the other built-in', intlCardDefault, [], 'intl-card-default-copy'],
    ['a copy of a 64-character id', { ...cnPosDefault, id: `a${'-b'.repeat(31)}c` }, [], `a${'-b'.repeat(29)}-copy`],
  ])('%s gets a fresh, valid id', async (_name, source, taken, id) => {
    const copy = copyRuleSet(source, taken);
    expect(copy.id).toBe(id);
    expect(copy.version).toBe(1);
    expect(copy.rules).toEqual(source.rules);
    expect((await saveCustomRuleSet(copy)).ok).toBe(true);
  });

  it('can be changed without touching the built-in', () => {
    const copy = copyRuleSet(cnPosDefault, []);
    copy.rules[5]!.window = { kind: 'cutoff', at: '21:30' };
    copy.name = 'Shop 7';
    expect(cnPosDefault.rules[5]!.window).toEqual({ kind: 'cutoff', at: '23:00' });
    expect(cnPosDefault.name).not.toBe('Shop 7');
    expect(copyRuleSet(cnPosDefault, []).name).toBe(`${cnPosDefault.name} (copy)`);
  });
});
