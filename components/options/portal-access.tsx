import { useCallback, useEffect, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import {
  grantedPortalPatterns,
  hasScreenshotGrant,
  originPattern,
  parsePortalOrigin,
  revokePortalPattern,
} from '../../lib/permissions/portal-origins';
import { requestOriginAccess } from '../../lib/permissions/tab-access';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { OriginField } from './origin-field';

/** Lists the portals CancelDesk may read, and grants or withdraws one. */
export function PortalAccess({ t }: { t: Translate }) {
  const [patterns, setPatterns] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [anyPage, setAnyPage] = useState(false);
  const refresh = useCallback(() => {
    void grantedPortalPatterns().then(setPatterns);
    void hasScreenshotGrant().then(setAnyPage);
  }, []);
  useEffect(refresh, [refresh]);

  const grant = () => {
    const origin = parsePortalOrigin(text);
    if (!origin) return setError(t('invalidOrigin'));
    setError(null);
    // Straight from the click: an await before the request would lose the user gesture.
    void requestOriginAccess(origin).then((ok) => {
      if (!ok) setError(t('permissionDenied', { origin }));
      else setText('');
      refresh();
    });
  };

  return (
    <Card id="portals-heading" title={t('portalAccess')}>
      <p className="muted small">{t('portalAccessHelp')}</p>
      {patterns.length === 0 ? (
        <p className="muted">{t('noPortals')}</p>
      ) : (
        <ul className="case-list">
          {patterns.map((p) => (
            <li key={p} className="row-between">
              <span className="mono">{p}</span>
              <Button
                onClick={() => void revokePortalPattern(p).then(refresh)}
                aria-label={t('revokePortal', { origin: p })}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {anyPage && (
        <p className="row-between small">
          <span>{t('screenshotGrantHeld')}</span>
          <Button onClick={() => void revokePortalPattern('<all_urls>').then(refresh)}>
            {t('screenshotGrantRevoke')}
          </Button>
        </p>
      )}
      <OriginField id="portal-origin" label={t('portalOrigin')} value={text} error={error} onChange={setText} />
      <Button variant="primary" onClick={grant} disabled={!text.trim()}>
        {t('grantPortal')}
      </Button>
      <p className="muted small">{text && parsePortalOrigin(text) ? originPattern(parsePortalOrigin(text)!) : ''}</p>
    </Card>
  );
}
