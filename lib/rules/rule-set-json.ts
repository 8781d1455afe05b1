import { z } from 'zod';
import { RuleSet } from '../schema/rule-set';
import type { Lang } from './labels';

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
      errors: [{ path: '', message: `${say(lang, 'notJson')}: ${e instanceof Error ? e.message : String(e)}` }],
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

const TEXT = {
  en: {
    tooBig: 'the file is too large to be a rule set',
    notJson: 'not valid JSON',
    required: 'is required',
    positiveInt: 'must be a positive whole number',
    nonNegativeInt: 'must be a whole number, 0 or more',
    int: 'must be a whole number',
    number: 'must be a number',
    atLeast: 'must be at least {n}',
    atMost: 'must be at most {n}',
    notEmpty: 'must not be empty',
    maxChars: 'must be at most {n} characters',
    nonEmptyList: 'must have at least one item',
    maxItems: 'must have at most {n} items',
    oneOf: 'must be one of: {values}',
    url: 'must be an http or https address',
    text: 'must be text',
    boolean: 'must be true or false',
    object: 'must be an object',
    array: 'must be a list',
    invalid: 'is not valid',
  },
  zh: {
    tooBig: '文件过大，不是规则集',
    notJson: '不是有效的 JSON',
    required: '必填',
    positiveInt: '须为正整数',
    nonNegativeInt: '须为 0 或正整数',
    int: '须为整数',
    number: '须为数字',
    atLeast: '不能小于 {n}',
    atMost: '不能大于 {n}',
    notEmpty: '不能为空',
    maxChars: '最多 {n} 个字符',
    nonEmptyList: '至少需要一项',
    maxItems: '最多 {n} 项',
    oneOf: '须为以下之一：{values}',
    url: '须为 http 或 https 网址',
    text: '须为文本',
    boolean: '须为 true 或 false',
    object: '须为对象',
    array: '须为列表',
    invalid: '无效',
  },
} as const;

type TextKey = keyof (typeof TEXT)['en'];

function say(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The schema's own messages (regexes, refinements), for the Chinese UI. */
const CUSTOM_ZH: Record<string, string> = {
  'HH:MM, 00:00–23:59': '格式为 HH:MM，00:00–23:59',
  'not an IANA time zone': '不是 IANA 时区名（例如 Asia/Shanghai）',
  'lower-case letters, digits and dashes': '只能用小写字母、数字和连字符',
  'three capital letters (ISO 4217)': '三个大写字母（ISO 4217）',
  'guards come before other rules': '前置检查规则必须排在其他规则之前',
  'a guard has no window': '前置检查规则没有时限',
  'atLeast must be below "below"': '下限必须小于上限',
};

function translateCustom(message: string, lang: Lang): string {
  if (lang !== 'zh') return message;
  const duplicate = /^duplicate rule id "(.*)"$/.exec(message);
  if (duplicate) return `规则编号 "${duplicate[1]}" 重复`;
  return CUSTOM_ZH[message] ?? message;
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
