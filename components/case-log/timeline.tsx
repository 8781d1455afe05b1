import { useMemo } from 'react';
import { describeEvents } from '../../lib/case-log/event-lines';
import { usePanelState, useT } from '../../lib/store/panel-context';
import { useCaseBundle } from '../../lib/store/use-case-bundle';
import { useChainCheck } from '../../lib/store/use-chain-check';
import { instantText } from '../../lib/format/instant';
import { Card } from '../ui/card';

/** The current case's history, newest first, with whether its hash chain is intact. */
export function Timeline() {
  const t = useT();
  const lang = usePanelState((s) => s.lang);
  const zone = usePanelState((s) => s.settings.portalZone);
  const current = usePanelState((s) => s.currentCase);
  const bundle = useCaseBundle();
  const check = useChainCheck();
  const lines = useMemo(
    () => (bundle ? describeEvents(bundle.events, { t, lang, zone }).reverse() : []),
    [bundle, t, lang, zone],
  );
  if (!current) return null;
  return (
    <Card id="timeline-heading" title={t('log.history')} className="timeline">
      {check === null ? (
        <p className="small muted">{t('log.verifying')}</p>
      ) : check.ok ? (
        <p className="small chain-ok" data-testid="chain-check">
          <span aria-hidden="true">✓ </span>
          {t('log.verified', { count: current.eventCount })}
        </p>
      ) : (
        <p className="banner banner-error" role="alert" data-testid="chain-check">
          {t('log.tampered', { n: check.brokenAt + 1, reason: t(`log.break.${check.reason}`) })}
        </p>
      )}
      <ol className="case-list small" aria-label={t('log.history')}>
        {lines.map((line) => (
          <li key={line.id}>
            <time dateTime={line.at} className="mono muted">
              {instantText(line.at, zone)}
            </time>{' '}
            <span>{line.text}</span>
            {line.agent && <span className="muted"> · {line.agent}</span>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
