import type { CaseBundle } from '../schema/case-export';
import { caseSummary, type SummaryOptions } from './case-summary';
import type { Lang } from '../i18n';

/**
 * Escapes what Markdown would read as markup or raw HTML, so hostile page text ("<img onerror=…>", "[x](…)")
 * shows as text wherever the notes are pasted.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, (ch) => `\\${ch}`);
}

const cell = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, '<br>');

/** The case as Markdown: facts, order table, evidence, notes and history. */
export function caseToMarkdown(bundle: CaseBundle, lang: Lang, options: SummaryOptions = {}): string {
  const s = caseSummary(bundle, lang, options);
  const l = s.labels;
  const table = (rows: { label: string; value: string }[]) => [
    '| | |',
    '|---|---|',
    ...rows.map((r) => `| ${cell(r.label)} | ${cell(r.value)} |`),
  ];
  const lines = [`# ${escapeMarkdown(s.title)}`, '', ...table(s.facts), '', `## ${l.order}`, '', ...table(s.order), ''];
  if (s.evidence.length)
    lines.push(`## ${l.evidence}`, '', ...s.evidence.map((e) => `- **${cell(e.label)}**: ${cell(e.value)}`), '');
  if (s.notes.length) {
    lines.push(`## ${l.notes}`, '');
    for (const n of s.notes) {
      lines.push(
        `**${cell(n.at)} · ${cell(n.agent)}**`,
        '',
        ...n.text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`),
        '',
      );
    }
  }
  lines.push(
    `## ${l.history}`,
    '',
    ...s.history.map((h) => `- ${cell(h.at)} · ${cell(h.agent)} · ${cell(h.text)}`),
    '',
  );
  lines.push(`${l.chainOk}: \`${s.headHash}\``, '');
  return lines.join('\n');
}
