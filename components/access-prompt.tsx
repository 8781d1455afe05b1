import { Button } from './ui/button';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/** Asks the agent to grant the portal being viewed, the first time CancelDesk works there. */
export function AccessPrompt() {
  const t = useT();
  const { actions } = usePanelStore();
  const origin = usePanelState((s) => s.accessNeeded);
  if (!origin) return null;
  return (
    <div className="banner" role="region" aria-label={t('grantAccess', { origin })}>
      <p>{t('permissionNeeded', { origin })}</p>
      <Button variant="primary" onClick={() => actions.grantAccess()}>
        {t('grantAccess', { origin })}
      </Button>
    </div>
  );
}
