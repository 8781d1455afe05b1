import { actionText, enumText, evidenceText, type Lang, type Translate } from '../../../lib/i18n';
import { EvidenceKind } from '../../../lib/schema/evidence-kind';
import { PaymentMethod, TransactionType } from '../../../lib/schema/order';
import { AmountRule, RuleAction, StatusMatch } from '../../../lib/schema/rule-set';
import { Button } from '../../ui/button';
import { CheckGroup, FieldError, SelectField, TextField } from '../../ui/field';
import { withWindowKind, type RuleDraft, type SettledChoice, type WindowKind } from './draft';
import { errorId, fieldAt, fieldId, type FieldErrors } from './field-errors';
import { Badge } from '../../ui/badge';

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
  const set =
    <K extends keyof RuleDraft>(key: K) =>
    (value: RuleDraft[K]) =>
      onChange({ ...rule, [key]: value });
  const at = (suffix: string) => fieldAt(`${p}${suffix}`, errors);
  const inLang =
    <T extends string>(text: (v: T, l: Lang) => string) =>
    (v: T) =>
      text(v, lang);
  const title = lang === 'zh' ? rule.titleZh : rule.titleEn;
  const ruleInvalid = !!errors[p]?.length;

  return (
    <fieldset id={fieldId(p)} className="profile" aria-describedby={ruleInvalid ? errorId(p) : undefined}>
      <legend>
        {t('rs.rule', { n: index + 1, title: title || rule.base.id })}{' '}
        <span className="mono small muted">{rule.base.id}</span>
        {rule.base.guard && <Badge>{t('rs.guard')}</Badge>}
      </legend>
      <FieldError {...at('')} />
      <TextField
        {...at('.title.zh')}
        label={t('rs.titleZh')}
        value={rule.titleZh}
        onChange={set('titleZh')}
        lang="zh"
      />
      <TextField
        {...at('.title.en')}
        label={t('rs.titleEn')}
        value={rule.titleEn}
        onChange={set('titleEn')}
        lang="en"
      />
      <SelectField
        {...at('.action')}
        label={t('rs.action')}
        value={rule.action}
        choices={RuleAction.options}
        words={inLang(actionText)}
        onChange={set('action')}
      />
      <SelectField
        {...at('.window')}
        label={t('rs.window')}
        value={rule.windowKind}
        choices={WINDOW_KINDS}
        words={(k) => t(`rs.window.${k}`)}
        onChange={(kind) => onChange(withWindowKind(rule, kind))}
      />
      {rule.windowKind === 'cutoff' && (
        <TextField
          {...at('.window.at')}
          label={t('rs.cutoff')}
          hint={t('rs.cutoffHint')}
          value={rule.windowAt}
          onChange={set('windowAt')}
          placeholder="23:00"
          className="mono"
        />
      )}
      {(rule.windowKind === 'days' || rule.windowKind === 'months') && (
        <TextField
          {...at('.window.n')}
          label={t(rule.windowKind === 'days' ? 'rs.days' : 'rs.months')}
          value={rule.windowN}
          onChange={set('windowN')}
          inputMode="numeric"
        />
      )}
      <SelectField
        {...at('.amount')}
        label={t('rs.amount')}
        value={rule.amount}
        choices={AmountRule.options}
        words={(a) => t(`rs.amount.${a}`)}
        onChange={set('amount')}
      />
      <CheckGroup
        {...at('.requiredEvidence')}
        label={t('rs.evidence')}
        selected={rule.evidence}
        choices={EvidenceKind.options}
        words={inLang(evidenceText)}
        onChange={set('evidence')}
      />
      <CheckGroup
        {...at('.match.paymentMethods')}
        label={t('rs.paymentMethods')}
        selected={rule.paymentMethods}
        choices={PaymentMethod.options}
        words={inLang(enumText)}
        onChange={set('paymentMethods')}
      />
      <CheckGroup
        {...at('.match.transactionTypes')}
        label={t('rs.transactionTypes')}
        selected={rule.transactionTypes}
        choices={TransactionType.options}
        words={inLang(enumText)}
        onChange={set('transactionTypes')}
      />
      <CheckGroup
        {...at('.match.statuses')}
        label={t('rs.statuses')}
        selected={rule.statuses}
        choices={StatusMatch.options}
        words={inLang(enumText)}
        onChange={set('statuses')}
      />
      <SelectField
        {...at('.match.settled')}
        label={t('rs.settled')}
        value={rule.settled}
        choices={SETTLED}
        words={(s) => t(`rs.settled.${s}`)}
        onChange={set('settled')}
      />
      <TextField
        {...at('.contact.name')}
        label={t('rs.contactName')}
        value={rule.contactName}
        onChange={set('contactName')}
      />
      <TextField
        {...at('.contact.phone')}
        label={t('rs.contactPhone')}
        value={rule.contactPhone}
        onChange={set('contactPhone')}
        type="tel"
      />
      <TextField
        {...at('.contact.url')}
        label={t('rs.contactUrl')}
        value={rule.contactUrl}
        onChange={set('contactUrl')}
        type="url"
        placeholder="https://"
      />
      <TextField {...at('.source')} label={t('rs.source')} value={rule.source} onChange={set('source')} />
      <div className="actions">
        <Button onClick={() => onMove(-1)} disabled={index === 0} aria-label={t('rs.moveUpOf', { n: index + 1 })}>
          {t('rs.moveUp')}
        </Button>
        <Button
          onClick={() => onMove(1)}
          disabled={index === count - 1}
          aria-label={t('rs.moveDownOf', { n: index + 1 })}
        >
          {t('rs.moveDown')}
        </Button>
      </div>
    </fieldset>
  );
}
