import { useEffect, useState } from 'react';
import { actionText, caseStatusKey } from '../lib/i18n';
import { countdown } from '../lib/rules/countdown';
import { sortForWork } from '../lib/store/sort-cases';
import { useRecentCases } from '../lib/store/use-recent-cases';
import type { CaseRecord } from '../lib/schema/case';
import { CaseFilters } from './case-log/case-filters';
import { instantText } from '../lib/format/instant';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';
import { useNow } from './ui/use-now';

const RENDERED_MARK = 'canceldesk:cases-rendered';
const NONE: CaseRecord[] = [];

/** Cases to work on: open ones by deadline (urgent ones marked), then the rest; a click opens the case. */
export function CaseList() {
  const t = useT();
  const { actions } = usePanelStore();
  const read = useRecentCases();
  const recent = read ?? NONE;
  const [found, setFound] = useState<CaseRecord[] | null>(null);
  const lang = usePanelState((s) => s.lang);
  const currentId = usePanelState((s) => s.currentCase?.id);
  const now = useNow(30_000);
  const cases = sortForWork(found ?? recent);
  // The rest of the panel waits for the list's first read: the agent is waiting for the list.
  useEffect(() => void (read && actions.caseListRead()), [read, actions]);
  useEffect(() => {
    // The bench reads this mark: panel open → first case painted.
    if (cases.length && !performance.getEntriesByName(RENDERED_MARK).length) performance.mark(RENDERED_MARK);
  }, [cases.length]);
  // In the portal's zone, as the history shows times, not the zone of the machine the browser runs on.
  const zone = usePanelState((s) => s.settings.portalZone);
  return (
    <section aria-labelledby="recent-cases" id="cases">
      <h2 id="recent-cases">{t('recentCases')}</h2>
      <CaseFilters recent={recent} onResults={setFound} />
      {cases.length === 0 ? (
        <p className="muted">{t('noCases')}</p>
      ) : (
        <ul className="case-list">
          {cases.map((c) => {
            const left = c.deadline ? countdown(c.deadline, now) : null;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`case-item${left?.urgent ? ' case-urgent' : ''}`}
                  aria-current={c.id === currentId}
                  onClick={() => void actions.openCase(c.id)}
                >
                  <span className="mono">{c.orderNo}</span>
                  <span className="muted small">
                    {t(caseStatusKey(c.status))}
                    {c.action && ` · ${actionText(c.action, lang)}`}
                    {left &&
                      left.leftMs > 0 &&
                      ` · ${t(left.urgent ? 'caseDueUrgent' : 'caseDue', { h: left.hours, m: left.minutes })}`}
                    {' · '}
                    {t('caseUpdated', { time: instantText(c.updatedAt, zone, 'minute') })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
