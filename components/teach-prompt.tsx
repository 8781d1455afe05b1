import { Button } from './ui/button';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/** When a capture found no order: point at the order number on the page instead. */
export function TeachPrompt() {
  const t = useT();
  const { actions } = usePanelStore();
  const noOrder = usePanelState((s) => s.noOrder);
  const picking = usePanelState((s) => s.picking);
  if (!noOrder) return null;
  const field = t('field.orderNo');
  return (
    <div className="banner">
      <Button variant="primary" disabled={picking !== null} onClick={() => void actions.pick('orderNo', field)}>
        {t('pickOnPage', { field })}
      </Button>
    </div>
  );
}
