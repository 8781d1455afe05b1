import { Button } from './ui/button';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/**
 * The capture button, on its own: it is what changes while a capture runs, so the busy state re-renders this
 * button and not the whole panel (the case being worked, the log, the case list) twice per capture.
 */
export function CaptureButton({ shortcut }: { shortcut: string | undefined }) {
  const t = useT();
  const { actions } = usePanelStore();
  const busy = usePanelState((s) => s.busy);
  const hasTab = usePanelState((s) => s.target.kind === 'tab');
  return (
    <Button
      variant="primary"
      disabled={!hasTab || busy}
      aria-busy={busy}
      aria-keyshortcuts={shortcut}
      onClick={() => void actions.capture()}
    >
      {busy ? t('capturing') : t('captureOrder')}
    </Button>
  );
}
