import type { RuleSetIssue } from '../../../lib/rules/rule-set-json';
import type { RuleSetDraft } from './draft';

/** The id of the input for a rule-set path: `rules[3].window.n` → `rs-rules-3-window-n`. */
export function fieldId(path: string): string {
  return `rs-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** The id of the message under that input, for aria-describedby. */
export const errorId = (path: string): string => `${fieldId(path)}-error`;

/** Messages by rule-set path, as placeErrors gives them. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The id and error a shared field takes for a path; the form's summary announces the errors, so the field stays quiet. */
export function fieldAt(path: string, errors: FieldErrors) {
  return { id: fieldId(path), error: errors[path]?.join('; '), announce: false };
}

const RULE_FIELDS = [
  '',
  '.title.zh',
  '.title.en',
  '.action',
  '.window',
  '.amount',
  '.requiredEvidence',
  '.match.paymentMethods',
  '.match.transactionTypes',
  '.match.statuses',
  '.match.settled',
  '.contact.name',
  '.contact.phone',
  '.contact.url',
  '.source',
];

/** Every path the form shows an input, a group or (for a whole rule) a fieldset for. */
export function fieldPaths(draft: RuleSetDraft): Set<string> {
  const paths = new Set(['name', 'zone', 'escalationThresholdMinor']);
  draft.rules.forEach((rule, i) => {
    for (const suffix of RULE_FIELDS) paths.add(`rules[${i}]${suffix}`);
    if (rule.windowKind === 'cutoff') paths.add(`rules[${i}].window.at`);
    if (rule.windowKind === 'days' || rule.windowKind === 'months') paths.add(`rules[${i}].window.n`);
  });
  return paths;
}

export interface PlacedErrors {
  /** Messages by the path of the input they belong under. */
  byField: Record<string, string[]>;
  /** Problems no input stands for (the list of rules as a whole, a hidden condition of the set). */
  unplaced: RuleSetIssue[];
}

/** Puts each issue under the nearest input: an issue deeper than any input goes to its closest ancestor, naming the rest of its path. */
export function placeErrors(issues: readonly RuleSetIssue[], known: ReadonlySet<string>): PlacedErrors {
  const byField: Record<string, string[]> = {};
  const unplaced: RuleSetIssue[] = [];
  for (const issue of issues) {
    let at = issue.path;
    while (at && !known.has(at)) at = parentPath(at);
    if (!at) {
      unplaced.push(issue);
      continue;
    }
    const rest = issue.path.slice(at.length).replace(/^\./, '');
    (byField[at] ??= []).push(rest ? `${rest}: ${issue.message}` : issue.message);
  }
  return { byField, unplaced };
}

function parentPath(path: string): string {
  const parent = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
  return parent === path ? '' : parent;
}
