import { useEffect, useState } from 'react';
import { hasOriginAccess, portalOrigin, requestOriginAccess } from '../lib/permissions/tab-access';
import { Button } from './ui/button';
import { Card } from './ui/card';
import { usePanelState, useT } from '../lib/store/panel-context';
import { useRecentCases } from '../lib/store/use-recent-cases';

/** First run: what CancelDesk does, and the grant for the portal being viewed, before any case exists. */
export function Welcome() {
  const t = useT();
  const recent = useRecentCases();
  const first = usePanelState((s) => s.currentCase === null) && recent?.length === 0;
  const url = usePanelState((s) => (s.target.kind === 'tab' ? s.target.url : undefined));
  const origin = portalOrigin(url);
  // Kept with the origin it answers for, so a stale answer for the previous page is never shown.
  const [access, setAccess] = useState<{ origin: string; granted: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    if (origin) void hasOriginAccess(origin).then((granted) => live && setAccess({ origin, granted }));
    return () => void (live = false);
  }, [origin]);
  if (!first) return null;
  const granted = access && access.origin === origin ? access.granted : null;
  const allow = (o: string) => void requestOriginAccess(o).then((ok) => setAccess({ origin: o, granted: ok }));
  return (
    <Card id="welcome-heading" title={t('welcomeTitle')} className="welcome">
      <ol className="small">
        <li>{t('welcomeCapture')}</li>
        <li>{t('welcomeCheck')}</li>
        <li>{t('welcomeFill')}</li>
        <li>{t('welcomeLog')}</li>
      </ol>
      {origin === null ? (
        <p className="small muted">{t('welcomeOpenPortal')}</p>
      ) : granted === false ? (
        <>
          <p className="small">{t('permissionNeeded', { origin })}</p>
          <Button variant="primary" onClick={() => allow(origin)}>
            {t('grantAccess', { origin })}
          </Button>
        </>
      ) : granted ? (
        <p className="small">{t('welcomeReady', { origin })}</p>
      ) : null}
    </Card>
  );
}
