import type { CaseBundle } from '../schema/case-export';
import { caseSummary, type SummaryOptions } from './case-summary';
import type { Lang } from '../i18n';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const STYLE = `
body { font: 12pt/1.45 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.5em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid #ddd; }
th { width: 30%; font-weight: 600; } .note { white-space: pre-wrap; margin: 0 0 1em; }
code { font-size: 9pt; word-break: break-all; }
@media print { body { margin: 0; } }
`;

/** The case as a complete, script-free HTML page for the browser to print (to PDF); every value is escaped. */
export function caseToPrintHtml(bundle: CaseBundle, lang: Lang, options: SummaryOptions = {}): string {
  const s = caseSummary(bundle, lang, options);
  const l = s.labels;
  const e = escapeHtml;
  const rows = (items: { label: string; value: string }[]) =>
    `<table>${items.map((r) => `<tr><th scope="row">${e(r.label)}</th><td>${e(r.value)}</td></tr>`).join('')}</table>`;
  const parts = [`<h1>${e(s.title)}</h1>`, rows(s.facts), `<h2>${e(l.order)}</h2>`, rows(s.order)];
  if (s.evidence.length) parts.push(`<h2>${e(l.evidence)}</h2>`, rows(s.evidence));
  if (s.notes.length) {
    parts.push(
      `<h2>${e(l.notes)}</h2>`,
      ...s.notes.map((n) => `<p><strong>${e(n.at)} · ${e(n.agent)}</strong></p><p class="note">${e(n.text)}</p>`),
    );
  }
  parts.push(
    `<h2>${e(l.history)}</h2>`,
    `<table>${s.history.map((h) => `<tr><td>${e(h.at)}</td><td>${e(h.agent)}</td><td>${e(h.text)}</td></tr>`).join('')}</table>`,
    `<p>${e(l.chainOk)}: <code>${e(s.headHash)}</code></p>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${e(s.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>${parts.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}
