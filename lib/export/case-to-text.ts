import type { CaseBundle } from '../schema/case-export';
import { caseSummary, type SummaryOptions } from './case-summary';
import type { Lang } from '../i18n';

/** The case as plain text to paste into a ticket: facts and order as "label: value", then notes and history. */
export function caseToText(bundle: CaseBundle, lang: Lang, options: SummaryOptions = {}): string {
  const s = caseSummary(bundle, lang, options);
  const l = s.labels;
  const rows = (items: { label: string; value: string }[]) => items.map((r) => `${r.label}: ${r.value}`);
  const lines = [s.title, '='.repeat(40), ...rows(s.facts), '', `${l.order}:`, ...rows(s.order).map((r) => `  ${r}`)];
  if (s.evidence.length) lines.push('', `${l.evidence}:`, ...rows(s.evidence).map((r) => `  ${r}`));
  if (s.notes.length) {
    lines.push('', `${l.notes}:`);
    for (const n of s.notes)
      lines.push(`  [${n.at}] ${n.agent}`, ...n.text.split(/\r?\n/).map((line) => `    ${line}`));
  }
  lines.push(
    '',
    `${l.history}:`,
    ...s.history.map((h) => `  ${h.at}  ${h.agent}  ${h.text}`),
    '',
    `${l.chainOk}: ${s.headHash}`,
  );
  return `${lines.join('\n')}\n`;
}
