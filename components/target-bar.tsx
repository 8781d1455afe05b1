import { Button } from './ui/button';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/** Which tab the panel works on, and what to do when that tab is gone. */
export function TargetBar() {
  const t = useT();
  const { actions } = usePanelStore();
  const target = usePanelState((s) => s.target);
  if (target.kind === 'loading') return null;
  if (target.kind === 'none') return <p className="muted">{t('noTab')}</p>;
  if (target.kind === 'gone') {
    return (
      <div className="banner banner-error" role="alert">
        <p>{target.reason === 'closed' ? t('tabClosed') : t('tabNotFound', { id: target.tabId })}</p>
        <Button variant="primary" onClick={() => actions.followActiveTab()}>
          {t('followActiveTab')}
        </Button>
      </div>
    );
  }
  return (
    <div className="target">
      <div className="target-title" title={target.url}>
        {target.title || target.url}
      </div>
      <div className="muted small">
        {target.pinned ? t('targetPinned') : t('targetFollowing')}
        {' · '}
        <span className="mono">{target.url ? safeHost(target.url) : ''}</span>
      </div>
    </div>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    // Not an address with a host (about:blank, a bare path): shown as it is.
    return url;
  }
}
