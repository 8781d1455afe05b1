import { z } from 'zod';
import { RuleSet } from '../schema/rule-set';
import { translator, type Lang, type SuffixOf } from '../i18n';
import { describeError } from '../errors';

/** One problem with a rule set, at a path like `rules[3].window.n` ('' for the whole document). */
export interface RuleSetIssue {
  path: string;
  message: string;
}

export type RuleSetResult = { ok: true; value: RuleSet } | { ok: false; errors: RuleSetIssue[] };

/** Imports read files the agent picked; a rule set is a few kilobytes, so anything this big is a mistake. */
export const MAX_RULE_SET_JSON_CHARS = 1_000_000;

/** A rule set as a pretty-printed JSON file, the exact format parseRuleSetJson reads back. */
export function exportRuleSetJson(set: RuleSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}

/** Reads a rule set from JSON text; every problem comes back with its precise path. */
export function parseRuleSetJson(text: string, lang: Lang = 'en'): RuleSetResult {
  if (text.length > MAX_RULE_SET_JSON_CHARS) return { ok: false, errors: [{ path: '', message: say(lang, 'tooBig') }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: '', message: `${say(lang, 'notJson')}: ${describeError(e)}` }],
    };
  }
  return validateRuleSet(data, lang);
}

/** Validates a rule set built in memory (the editor's draft, a stored copy) with the same messages as an import. */
export function validateRuleSet(data: unknown, lang: Lang = 'en'): RuleSetResult {
  const parsed = RuleSet.safeParse(data, { error: (issue) => plainMessage(issue, lang) });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: translateCustom(i.message, lang) })),
  };
}

/** `['rules', 3, 'window', 'n']` → `rules[3].window.n`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out ? `${out}.${name}` : name;
    return `${out}[${JSON.stringify(name)}]`;
  }, '');
}

type TextKey = SuffixOf<'rsJson.'>;

function say(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return translator(lang)(`rsJson.${key}`, params);
}

/** The schema's own messages (regexes, refinements), as the dictionary words them in each language. */
const SCHEMA_MESSAGES: Record<string, TextKey> = {
  'HH:MM, 00:00–23:59': 'schema.cutoff',
  'not an IANA time zone': 'schema.zone',
  'lower-case letters, digits and dashes': 'schema.ruleId',
  'three capital letters (ISO 4217)': 'schema.currency',
  'guards come before other rules': 'schema.guardsFirst',
  'a guard has no window': 'schema.guardWindow',
  'atLeast must be below "below"': 'schema.range',
};

function translateCustom(message: string, lang: Lang): string {
  const duplicate = /^duplicate rule id "(.*)"$/.exec(message);
  if (duplicate) return say(lang, 'duplicateRuleId', { id: duplicate[1]! });
  const key = Object.hasOwn(SCHEMA_MESSAGES, message) ? SCHEMA_MESSAGES[message] : undefined;
  return key ? say(lang, key) : message;
}

/** Zod's default wording ("Too small: expected number to be >=1") rewritten for an agent; schema messages win. */
function plainMessage(issue: z.core.$ZodRawIssue, lang: Lang): string | undefined {
  if (issue.input === undefined && issue.code === 'invalid_type') return say(lang, 'required');
  if (issue.schema instanceof z.ZodNumber) return numberMessage(issue, issue.schema, lang);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? say(lang, 'notEmpty') : say(lang, 'atLeast', { n: Number(issue.minimum) });
      if (issue.origin === 'array')
        return issue.minimum === 1 ? say(lang, 'nonEmptyList') : say(lang, 'atLeast', { n: Number(issue.minimum) });
      return say(lang, 'atLeast', { n: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return say(lang, 'maxChars', { n: Number(issue.maximum) });
      if (issue.origin === 'array') return say(lang, 'maxItems', { n: Number(issue.maximum) });
      return say(lang, 'atMost', { n: Number(issue.maximum) });
    case 'invalid_value':
      return say(lang, 'oneOf', { values: issue.values.map(String).join(', ') });
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? say(lang, 'oneOf', { values: issue.options.map(String).join(', ') })
        : say(lang, 'invalid');
    case 'invalid_format':
      return issue.format === 'url' ? say(lang, 'url') : say(lang, 'invalid');
    case 'invalid_type':
      return typeMessage(issue.expected, lang);
    default:
      return undefined;
  }
}

function typeMessage(expected: string, lang: Lang): string {
  if (expected === 'string') return say(lang, 'text');
  if (expected === 'boolean') return say(lang, 'boolean');
  if (expected === 'object') return say(lang, 'object');
  if (expected === 'array') return say(lang, 'array');
  return say(lang, 'invalid');
}

/** Every number in a rule set is a whole number; the message names the range the field accepts. */
function numberMessage(issue: z.core.$ZodRawIssue, schema: z.ZodNumber, lang: Lang): string {
  if (issue.code === 'too_big') return say(lang, 'atMost', { n: Number(issue.maximum) });
  const bound = lowerBound(schema);
  const positive =
    bound !== null && ((bound.value === 0 && !bound.inclusive) || (bound.value === 1 && bound.inclusive));
  if (!schema.isInt) return bound === null ? say(lang, 'number') : say(lang, 'atLeast', { n: bound.value });
  if (bound === null) return say(lang, 'int');
  if (positive) return say(lang, 'positiveInt');
  if (bound.value === 0) return say(lang, 'nonNegativeInt');
  return say(lang, 'atLeast', { n: bound.value });
}

/** The schema's `.min()`/`.positive()` check: `minValue` alone cannot tell ≥ 0 from > 0. */
function lowerBound(schema: z.ZodNumber): { value: number; inclusive: boolean } | null {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'greater_than' && 'value' in def && typeof def.value === 'number')
      return { value: def.value, inclusive: 'inclusive' in def && def.inclusive === true };
  }
  return null;
}
