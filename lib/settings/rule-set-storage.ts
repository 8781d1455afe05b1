import { z } from 'zod';
import { defaultRuleSets } from '../rules/default-rule-sets';
import { validateRuleSet, type RuleSetIssue } from '../rules/rule-set-json';
import { translator, type Lang } from '../i18n';
import type { RuleSet } from '../schema/rule-set';
import type { Settings } from '../schema/settings';
import { defineVersionedItem, type Versions } from './versioned-item';

/** Version 1 is the only shape so far. */
export const RULE_SETS_VERSIONS: Versions = { version: 1, migrations: {} };

/** Raw entries, validated one by one on read: one bad set must not hide the others, nor vanish unreported. */
export const ruleSetsItem = defineVersionedItem('local:customRuleSets', z.unknown(), RULE_SETS_VERSIONS);

/** Every usable rule set, built-ins first, and what was wrong with the stored ones that are not usable. */
export interface RuleSetList {
  sets: RuleSet[];
  problems: string[];
}

export type SaveRuleSetResult = { ok: true; set: RuleSet } | { ok: false; errors: RuleSetIssue[] };
export type DeleteRuleSetResult = { ok: true; removed: boolean } | { ok: false; error: string };

const BUILT_IN_IDS: ReadonlySet<string> = new Set(defaultRuleSets.map((s) => s.id));
const MAX_ID = 64;

/** True for the ids of the sets that ship with CancelDesk, which are never stored or changed. */
export function isBuiltInRuleSet(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/** Reads the built-in and the custom rule sets; problems are worded in `lang`. */
export async function loadRuleSets(lang: Lang = 'en'): Promise<RuleSetList> {
  return readList(await ruleSetsItem.load(), lang);
}

/** Validates and stores a custom set, replacing the stored one with the same id; built-in ids are refused. */
export async function saveCustomRuleSet(set: RuleSet, lang: Lang = 'en'): Promise<SaveRuleSetResult> {
  const valid = validateRuleSet(set, lang);
  if (!valid.ok) return valid;
  if (isBuiltInRuleSet(valid.value.id)) {
    return {
      ok: false,
      errors: [{ path: 'id', message: translator(lang)('rs.problem.builtInSave', { id: valid.value.id }) }],
    };
  }
  const raw = rawEntries(await ruleSetsItem.load());
  const at = raw.findIndex((entry) => idOf(entry) === valid.value.id);
  // Entries that fail validation stay as they are, so the agent can still see and fix or delete them.
  const next = at === -1 ? [...raw, valid.value] : raw.map((entry, i) => (i === at ? valid.value : entry));
  await ruleSetsItem.store(next);
  return { ok: true, set: valid.value };
}

/** Removes a custom set (valid or not) by id; built-ins cannot be removed. */
export async function deleteCustomRuleSet(id: string, lang: Lang = 'en'): Promise<DeleteRuleSetResult> {
  if (isBuiltInRuleSet(id)) return { ok: false, error: translator(lang)('rs.problem.builtInDelete', { id }) };
  const raw = rawEntries(await ruleSetsItem.load());
  const next = raw.filter((entry) => idOf(entry) !== id);
  if (next.length === raw.length) return { ok: true, removed: false };
  await ruleSetsItem.store(next);
  return { ok: true, removed: true };
}

/** Calls back with the re-validated list whenever any extension page changes the custom sets. */
export function watchRuleSets(callback: (list: RuleSetList) => void, lang: Lang = 'en'): () => void {
  return ruleSetsItem.watch((raw) => callback(readList(raw, lang)));
}

/** The set a portal's cases are checked against: its own, else the default, else the first built-in. */
export function ruleSetFor(settings: Settings, origin: string | null | undefined, sets: readonly RuleSet[]): RuleSet {
  const chosen =
    origin && Object.hasOwn(settings.ruleSetByOrigin, origin) ? settings.ruleSetByOrigin[origin] : undefined;
  const byId = (id: string | undefined) => (id === undefined ? undefined : sets.find((s) => s.id === id));
  return byId(chosen) ?? byId(settings.defaultRuleSetId) ?? sets[0] ?? defaultRuleSets[0]!;
}

/** An editable copy: a fresh id (`cn-pos-default-copy`, then `-copy-2`, …) that no set in `taken` uses, version 1. */
export function copyRuleSet(set: RuleSet, taken: Iterable<string>): RuleSet {
  const used = new Set([...taken, ...BUILT_IN_IDS]);
  const base = set.id.replace(/-copy(-\d+)?$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const id = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (used.has(id)) continue;
    const name = `${set.name.replace(/ \(copy( \d+)?\)$/, '')} (copy${n === 1 ? '' : ` ${n}`})`;
    return { ...structuredClone(set), id, name: name.slice(0, 200), version: 1 };
  }
}

function readList(raw: unknown, lang: Lang): RuleSetList {
  const t = translator(lang);
  const problems: string[] = [];
  if (raw !== null && raw !== undefined && !Array.isArray(raw)) problems.push(t('rs.problem.notList'));
  const custom: RuleSet[] = [];
  const seen = new Set<string>();
  rawEntries(raw).forEach((entry, i) => {
    const label = idOf(entry) !== undefined ? `"${idOf(entry)}"` : `#${i + 1}`;
    const result = validateRuleSet(entry, lang);
    if (!result.ok) {
      const shown = result.errors.slice(0, 5).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
      const hidden = result.errors.length - shown.length;
      const more = hidden > 0 ? t('rs.problem.more', { count: hidden }) : '';
      problems.push(t('rs.problem.invalid', { label, problems: shown.join(t('rs.problem.join')), more }));
    } else if (isBuiltInRuleSet(result.value.id)) {
      problems.push(t('rs.problem.builtInId', { label }));
    } else if (seen.has(result.value.id)) {
      problems.push(t('rs.problem.twice', { label }));
    } else {
      seen.add(result.value.id);
      custom.push(result.value);
    }
  });
  return { sets: [...defaultRuleSets, ...custom], problems };
}

const rawEntries = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : []);

function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  return typeof entry.id === 'string' ? entry.id : undefined;
}
