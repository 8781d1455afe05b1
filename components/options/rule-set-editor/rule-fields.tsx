import type { Translate } from '../../../lib/i18n';
import { actionText, evidenceText, paymentMethodText, statusText, transactionTypeText, type Lang } from '../../../lib/rules/labels';
import { EvidenceKind } from '../../../lib/schema/evidence-kind';
import { PaymentMethod, TransactionType } from '../../../lib/schema/order';
import { AmountRule, RuleAction, StatusMatch } from '../../../lib/schema/rule-set';
import { Button } from '../../button';
import { withWindowKind, type RuleDraft, type SettledChoice, type WindowKind } from './draft';
import { errorId, fieldId } from './field-errors';
import { CheckGroup, FieldError, SelectField, TextField, type FieldErrors } from './fields';
import { Badge } from '../../badge';

const WINDOW_KINDS: readonly WindowKind[] = ['cutoff', 'days', 'months', 'none'];
const SETTLED: readonly SettledChoice[] = ['any', 'false', 'true'];

interface Props {
  t: Translate;
  lang: Lang;
  index: number;
  count: number;
  rule: RuleDraft;
  errors: FieldErrors;
  onChange: (rule: RuleDraft) => void;
  onMove: (delta: -1 | 1) => void;
}

/** One rule of the set being edited: every field the agent may change, errors beside each. */
export function RuleFields({ t, lang, index, count, rule, errors, onChange, onMove }: Props) {
  const p = `rules[${index}]`;
  const set = <K extends keyof RuleDraft>(key: K) => (value: RuleDraft[K]) => onChange({ ...rule, [key]: value });
  const options = <T extends string>(values: readonly T[], text: (v: T, l: Lang) => string) => values.map((value) => ({ value, label: text(value, lang) }));
  const title = lang === 'zh' ? rule.titleZh : rule.titleEn;
  const ruleInvalid = !!errors[p]?.length;

  return (
    <fieldset id={fieldId(p)} className="profile" aria-describedby={ruleInvalid ? errorId(p) : undefined}>
      <legend>
        {t('rs.rule', { n: index + 1, title: title || rule.base.id })} <span className="mono small muted">{rule.base.id}</span>
        {rule.base.guard && <Badge>{t('rs.guard')}</Badge>}
      </legend>
      <FieldError path={p} errors={errors} />
      <TextField path={`${p}.title.zh`} label={t('rs.titleZh')} errors={errors} value={rule.titleZh} onChange={set('titleZh')} lang="zh" />
      <TextField path={`${p}.title.en`} label={t('rs.titleEn')} errors={errors} value={rule.titleEn} onChange={set('titleEn')} lang="en" />
      <SelectField path={`${p}.action`} label={t('rs.action')} errors={errors} value={rule.action} options={options(RuleAction.options, actionText)} onChange={set('action')} />
      <SelectField
        path={`${p}.window`}
        label={t('rs.window')}
        errors={errors}
        value={rule.windowKind}
        options={WINDOW_KINDS.map((k) => ({ value: k, label: t(`rs.window.${k}`) }))}
        onChange={(kind) => onChange(withWindowKind(rule, kind))}
      />
      {rule.windowKind === 'cutoff' && (
        <TextField path={`${p}.window.at`} label={t('rs.cutoff')} hint={t('rs.cutoffHint')} errors={errors} value={rule.windowAt} onChange={set('windowAt')} placeholder="23:00" className="mono" />
      )}
      {(rule.windowKind === 'days' || rule.windowKind === 'months') && (
        <TextField
          path={`${p}.window.n`}
          label={t(rule.windowKind === 'days' ? 'rs.days' : 'rs.months')}
          errors={errors}
          value={rule.windowN}
          onChange={set('windowN')}
          inputMode="numeric"
        />
      )}
      <SelectField
        path={`${p}.amount`}
        label={t('rs.amount')}
        errors={errors}
        value={rule.amount}
        options={AmountRule.options.map((a) => ({ value: a, label: t(`rs.amount.${a}`) }))}
        onChange={set('amount')}
      />
      <CheckGroup path={`${p}.requiredEvidence`} label={t('rs.evidence')} errors={errors} selected={rule.evidence} options={options(EvidenceKind.options, evidenceText)} onChange={set('evidence')} />
      <CheckGroup path={`${p}.match.paymentMethods`} label={t('rs.paymentMethods')} errors={errors} selected={rule.paymentMethods} options={options(PaymentMethod.options, paymentMethodText)} onChange={set('paymentMethods')} />
      <CheckGroup path={`${p}.match.transactionTypes`} label={t('rs.transactionTypes')} errors={errors} selected={rule.transactionTypes} options={options(TransactionType.options, transactionTypeText)} onChange={set('transactionTypes')} />
      <CheckGroup path={`${p}.match.statuses`} label={t('rs.statuses')} errors={errors} selected={rule.statuses} options={options(StatusMatch.options, statusText)} onChange={set('statuses')} />
      <SelectField path={`${p}.match.settled`} label={t('rs.settled')} errors={errors} value={rule.settled} options={SETTLED.map((s) => ({ value: s, label: t(`rs.settled.${s}`) }))} onChange={set('settled')} />
      <TextField path={`${p}.contact.name`} label={t('rs.contactName')} errors={errors} value={rule.contactName} onChange={set('contactName')} />
      <TextField path={`${p}.contact.phone`} label={t('rs.contactPhone')} errors={errors} value={rule.contactPhone} onChange={set('contactPhone')} type="tel" />
      <TextField path={`${p}.contact.url`} label={t('rs.contactUrl')} errors={errors} value={rule.contactUrl} onChange={set('contactUrl')} type="url" placeholder="https://" />
      <TextField path={`${p}.source`} label={t('rs.source')} errors={errors} value={rule.source} onChange={set('source')} />
      <div className="actions">
        <Button onClick={() => onMove(-1)} disabled={index === 0} aria-label={t('rs.moveUpOf', { n: index + 1 })}>
          {t('rs.moveUp')}
        </Button>
        <Button onClick={() => onMove(1)} disabled={index === count - 1} aria-label={t('rs.moveDownOf', { n: index + 1 })}>
          {t('rs.moveDown')}
        </Button>
      </div>
    </fieldset>
  );
}
