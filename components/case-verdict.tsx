import { useAttachedKinds } from '../lib/store/attached-kinds';
import { usePanelState } from '../lib/store/panel-context';
import { useNow } from './ui/use-now';
import { VerdictCard } from './verdict-card';

/** The open case's verdict as the store derives it; the clock here only counts the deadline down. */
export function CaseVerdict() {
  const verdict = usePanelState((s) => s.verdict);
  const attached = useAttachedKinds();
  const now = useNow(1000);
  if (!verdict) return null;
  return <VerdictCard verdict={verdict} now={now} attached={attached} />;
}
