import { minorDigits } from '../../../lib/format/currency';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../../../lib/i18n';
import { moneyText } from '../../../lib/rules/format-text';
import type { Lang } from '../../../lib/i18n';
import { validateRuleSet, type RuleSetIssue } from '../../../lib/rules/rule-set-json';
import type { RuleSet } from '../../../lib/schema/rule-set';
import type { SaveRuleSetResult } from '../../../lib/settings/rule-set-storage';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { fromDraft, thresholdToMinor, toDraft, type RuleDraft, type RuleSetDraft } from './draft';
import { fieldAt, fieldPaths, placeErrors, type PlacedErrors } from './field-errors';
import { RuleFields } from './rule-fields';

interface Props {
  t: Translate;
  lang: Lang;
  /** The set to start from: a fresh copy, or a custom set edited in place. */
  initial: RuleSet;
  heading: string;
  onSave: (set: RuleSet) => Promise<SaveRuleSetResult>;
  onCancel: () => void;
}

const NO_ERRORS: PlacedErrors = { byField: {}, unplaced: [] };

/** Edits a rule set in a form; on save the whole set is validated and each zod issue is shown at its field. */
export function RuleSetForm({ t, lang, initial, heading, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<RuleSetDraft>(() => toDraft(initial));
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [count, setCount] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  // The form opens below the list; move focus (and the view) to it.
  useEffect(() => title.current?.focus(), []);

  // After a failed save, take the agent to the first field that needs fixing.
  useEffect(() => {
    if (attempt > 0) root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const digits = minorDigits(initial.currency);
  const thresholdMinor = thresholdToMinor(draft.threshold, initial.currency);
  const currency = initial.currency ?? '';

  const show = (issues: RuleSetIssue[]) => {
    setErrors(placeErrors(issues, fieldPaths(draft)));
    setCount(issues.length);
    setAttempt((n) => n + 1);
  };

  const save = async () => {
    const { candidate, thresholdOk } = fromDraft(draft);
    const result = validateRuleSet(candidate, lang);
    const issues = result.ok ? [] : result.errors.filter((i) => thresholdOk || i.path !== 'escalationThresholdMinor');
    if (!thresholdOk)
      issues.unshift({ path: 'escalationThresholdMinor', message: t('rs.thresholdInvalid', { digits }) });
    if (!result.ok || issues.length > 0) return show(issues);
    setBusy(true);
    const saved = await onSave(result.value);
    setBusy(false);
    if (!saved.ok) show(saved.errors);
  };

  const setRule = (index: number) => (rule: RuleDraft) =>
    setDraft((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? rule : r)) }));
  const move = (index: number) => (delta: -1 | 1) => {
    // Errors are placed by rule index; after a move they would sit under the wrong rule.
    setErrors(NO_ERRORS);
    setCount(0);
    setDraft((d) => {
      const rules = [...d.rules];
      const [moved] = rules.splice(index, 1);
      rules.splice(index + delta, 0, moved!);
      return { ...d, rules };
    });
  };

  return (
    <section ref={root} aria-labelledby="rule-set-form-heading" className="card">
      <h2 id="rule-set-form-heading" ref={title} tabIndex={-1}>
        {heading}
      </h2>
      <p className="small muted">
        <span className="mono">{initial.id}</span> · {t('rs.version', { version: initial.version })}
      </p>
      {count > 0 && (
        <div role="alert" className="field-error">
          <p>{t('rs.fixErrors', { count })}</p>
          {errors.unplaced.length > 0 && (
            <ul>
              {errors.unplaced.map((issue, i) => (
                <li key={i}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField
        {...fieldAt('name', errors.byField)}
        label={t('rs.name')}
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
      />
      <TextField
        {...fieldAt('zone', errors.byField)}
        label={t('rs.zone')}
        hint={t('rs.zoneHint')}
        value={draft.zone}
        onChange={(zone) => setDraft({ ...draft, zone })}
        className="mono"
      />
      <TextField
        {...fieldAt('escalationThresholdMinor', errors.byField)}
        label={currency ? t('rs.thresholdIn', { currency }) : t('rs.threshold')}
        hint={
          thresholdMinor === null
            ? undefined
            : t('rs.thresholdHint', { amount: moneyText(thresholdMinor, currency, lang) })
        }
        value={draft.threshold}
        onChange={(threshold) => setDraft({ ...draft, threshold })}
        inputMode="decimal"
      />
      <h3>{t('rs.rules')}</h3>
      {draft.rules.map((rule, i) => (
        <RuleFields
          key={rule.key}
          t={t}
          lang={lang}
          index={i}
          count={draft.rules.length}
          rule={rule}
          errors={errors.byField}
          onChange={setRule(i)}
          onMove={move(i)}
        />
      ))}
      <div className="actions">
        <Button variant="primary" onClick={() => void save()} disabled={busy}>
          {t('rs.saveSet')}
        </Button>
        <Button onClick={onCancel}>{t('rs.cancel')}</Button>
      </div>
    </section>
  );
}
