import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { EMPTY_FILTER_FORM, toCaseFilter, type CaseFilterForm } from '../../lib/case-log/case-filter-form';
import { dbErrorText } from '../../lib/case-log/db-error-text';
import { caseStatusKey, actionText } from '../../lib/i18n';
import type { CaseRecord } from '../../lib/schema/case';
import { CASE_STATUSES } from '../../lib/schema/case-statuses';
import { RULE_ACTIONS } from '../../lib/schema/rule-actions';
import type { CaseFilter } from '../../lib/store/case-data';
import { usePanelState, usePanelStore, useT } from '../../lib/store/panel-context';
import { useCaseSearch } from '../../lib/store/use-case-search';
import { Button } from '../ui/button';
import { Choices, Field } from '../ui/field';

export interface CaseFiltersProps {
  /** The panel's recent cases: the results while nothing narrows them. */
  recent: CaseRecord[];
  /** Receives the matching cases (up to `limit`) whenever the filter or the data changes. */
  onResults: (cases: CaseRecord[], filter: CaseFilter) => void;
  limit?: number;
}

/** A filter that narrows the list; without one the panel's own list of recent cases is the answer. */
const narrows = ({ query, status, action, deadlineWithinHours }: CaseFilter) =>
  Boolean(query || status || action || deadlineWithinHours);

/**
 * Search and filters for the case list: order number or merchant, status, action, deadline within N hours;
 * exports what matches as CSV or ZIP.
 */
export function CaseFilters({ recent, onResults, limit = 50 }: CaseFiltersProps) {
  const t = useT();
  const { actions } = usePanelStore();
  const lang = usePanelState((s) => s.lang);
  const [form, setForm] = useState<CaseFilterForm>(EMPTY_FILTER_FORM);
  const [typed, setTyped] = useState(form);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const parsed = toCaseFilter(form, limit);
  const narrowed = parsed.ok && narrows(parsed.filter);
  const search = useCaseSearch(narrowed ? parsed.filter : null);
  const firstRecent = useMemo(() => recent.slice(0, limit), [recent, limit]);
  const cases = narrowed ? search.cases : firstRecent;
  const loading = narrowed && search.loading;
  const report = useEffectEvent(onResults);
  const filterKey = parsed.ok ? JSON.stringify(parsed.filter) : null;

  useEffect(() => {
    if (filterKey && !loading) report(cases, JSON.parse(filterKey) as CaseFilter);
  }, [cases, filterKey, loading]);

  // Typing waits for a pause before searching; choices apply at once.
  useEffect(() => {
    const timer = setTimeout(() => setForm(typed), 200);
    return () => clearTimeout(timer);
  }, [typed]);

  const update = (patch: Partial<CaseFilterForm>, debounce = false) => {
    const next = { ...typed, ...patch };
    setTyped(next);
    if (!debounce) setForm(next);
  };

  const exportList = async (format: 'csv' | 'zip') => {
    const all = toCaseFilter(form);
    if (!all.ok) return;
    setMessage(null);
    const exported = await actions.exportCases(all.filter, format);
    if (!exported.ok) return setMessage({ text: dbErrorText(t, exported.error), error: true });
    const done = t('log.downloaded', { name: exported.fileName });
    setMessage({ text: exported.unrecorded ? `${done} ${t('log.exportUnrecorded')}` : done, error: false });
  };

  const hoursInvalid = !parsed.ok;
  // Open while the agent narrows; closing it is the agent's choice, never a side effect of editing a filter.
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <div className="fields case-filters" role="search" aria-label={t('log.filters')}>
      <div className="field">
        <label htmlFor="case-search">{t('log.search')}</label>
        <input
          id="case-search"
          type="search"
          value={typed.query}
          onChange={(e) => update({ query: e.target.value }, true)}
        />
      </div>
      <details open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary className="small">{t('log.moreFilters')}</summary>
        <div className="fields">
          <Field id="case-status" label={t('log.filterStatus')}>
            <Choices
              id="case-status"
              value={form.status}
              choices={CASE_STATUSES}
              words={(s) => t(caseStatusKey(s))}
              empty={t('log.any')}
              onChange={(status) => update({ status })}
            />
          </Field>
          <Field id="case-action" label={t('log.filterAction')}>
            <Choices
              id="case-action"
              value={form.action}
              choices={RULE_ACTIONS}
              words={(a) => actionText(a, lang)}
              empty={t('log.any')}
              onChange={(action) => update({ action })}
            />
          </Field>
          <Field id="case-within" label={t('log.deadlineWithin')} error={hoursInvalid ? t('log.invalidHours') : null}>
            <input
              id="case-within"
              inputMode="decimal"
              value={typed.withinHours}
              aria-invalid={hoursInvalid}
              aria-describedby={hoursInvalid ? 'case-within-error' : undefined}
              onChange={(e) => update({ withinHours: e.target.value }, true)}
            />
          </Field>
        </div>
      </details>
      <div className="row-between">
        <span className="small muted" role="status">
          {parsed.ok ? t('log.results', { count: cases.length }) : ''}
        </span>
        <span className="actions">
          <Button disabled={hoursInvalid} onClick={() => void exportList('csv')}>
            {t('log.exportCsv')}
          </Button>
          <Button disabled={hoursInvalid} onClick={() => void exportList('zip')}>
            {t('log.exportListZip')}
          </Button>
        </span>
      </div>
      {message && (
        <p className={`small${message.error ? ' field-error' : ' muted'}`} role={message.error ? 'alert' : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}
