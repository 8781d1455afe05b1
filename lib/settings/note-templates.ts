import { z } from 'zod';
import { translator, type Lang } from '../i18n';
import { defineVersionedItem, type Versions } from './versioned-item';

/** What a note template may refer to; each is filled from the current case when the template is used. */
export const NOTE_VARIABLES = ['orderNo', 'amount', 'action', 'deadline', 'agent'] as const;
export type NoteVariable = (typeof NOTE_VARIABLES)[number];

const PLACEHOLDER = /\{(\w+)\}/g;

/** Placeholders in a template text that are not note variables (a typo such as {orderno}). */
export function unknownVariables(text: string): string[] {
  const known: readonly string[] = NOTE_VARIABLES;
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.includes(name)))];
}

function unknownVariableText(lang: Lang, name: string): string {
  const list = NOTE_VARIABLES.map((v) => `{${v}}`).join(' ');
  return translator(lang)('log.templateUnknownVariable', { name: `{${name}}`, list });
}

export const NoteTemplate = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(80),
  lang: z.enum(['zh', 'en']),
  text: z
    .string()
    .trim()
    .min(1)
    .max(4000)
    .superRefine((text, ctx) => {
      for (const name of unknownVariables(text)) {
        ctx.addIssue({ code: 'custom', message: unknownVariableText('en', name), params: { variable: name } });
      }
    }),
});
export type NoteTemplate = z.infer<typeof NoteTemplate>;

export const NoteTemplates = z.array(NoteTemplate).max(50);
export type NoteTemplates = z.infer<typeof NoteTemplates>;

/** The templates an agent starts with, in both languages. */
export const DEFAULT_NOTE_TEMPLATES: NoteTemplates = [
  {
    id: 'zh-submitted',
    name: '已提交申请',
    lang: 'zh',
    text: '订单 {orderNo}（金额 {amount}）已按“{action}”提交收单机构，截止时间 {deadline}。处理人：{agent}。',
  },
  {
    id: 'zh-customer-call',
    name: '客户来电',
    lang: 'zh',
    text: '客户来电要求对订单 {orderNo}（{amount}）办理{action}，已告知须在 {deadline} 前完成。处理人：{agent}。',
  },
  {
    id: 'en-submitted',
    name: 'Request submitted',
    lang: 'en',
    text: 'Order {orderNo} ({amount}): {action} request submitted to the acquirer; deadline {deadline}. Agent: {agent}.',
  },
  {
    id: 'en-customer-call',
    name: 'Customer called',
    lang: 'en',
    text: 'Customer called asking to cancel order {orderNo} ({amount}); action {action}, to be done before {deadline}. Agent: {agent}.',
  },
];

/** Replaces the note variables in a template; anything else in braces is left as written. */
export function fillNoteTemplate(text: string, values: Record<NoteVariable, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as NoteVariable] : whole,
  );
}

/** Version 1 is the only shape so far. */
export const NOTE_TEMPLATES_VERSIONS: Versions = { version: 1, migrations: {} };

/** A stored value that is not a list gives the default templates; a list keeps its valid templates. */
export const noteTemplatesItem = defineVersionedItem(
  'local:noteTemplates',
  NoteTemplates.default(DEFAULT_NOTE_TEMPLATES),
  NOTE_TEMPLATES_VERSIONS,
);

/** Reads the note templates. */
export function loadNoteTemplates(): Promise<NoteTemplates> {
  return noteTemplatesItem.load();
}

/**
 * Validates and stores the templates; the error names the template, the field and what is wrong with it (the
 * first problem only: the editor marks that template), in `lang` where the dictionary has the words.
 */
export async function saveNoteTemplates(
  next: NoteTemplates,
  lang: Lang = 'en',
): Promise<{ ok: true; value: NoteTemplates } | { ok: false; error: string; index: number | null }> {
  const parsed = NoteTemplates.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : null;
    const where =
      index === null ? '' : `${next[index]?.name.trim() || `#${index + 1}`}, ${issue.path.slice(1).join('.')}: `;
    const variable = issue.code === 'custom' ? issue.params?.variable : undefined;
    const message = typeof variable === 'string' ? unknownVariableText(lang, variable) : issue.message;
    return { ok: false, error: `${where}${message}`, index };
  }
  const ids = new Set<string>();
  for (const [index, tpl] of parsed.data.entries()) {
    if (ids.has(tpl.id))
      return { ok: false, error: translator(lang)('log.templateSharedId', { name: tpl.name, id: tpl.id }), index };
    ids.add(tpl.id);
  }
  await noteTemplatesItem.store(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Calls back whenever the templates change in any extension page. */
export function watchNoteTemplates(callback: (templates: NoteTemplates) => void): () => void {
  return noteTemplatesItem.watch(callback);
}
