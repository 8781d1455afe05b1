import { Button } from './ui/button';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';

/** Orders offered from a list page; the agent picks the one to work on. */
export function CandidateList() {
  const t = useT();
  const { actions } = usePanelStore();
  const candidates = usePanelState((s) => s.candidates);
  if (!candidates.length) return null;
  return (
    <ul className="candidates">
      {candidates.map((c, i) => (
        <li key={`${c.draft.values.orderNo ?? ''}-${i}`}>
          <Button onClick={() => void actions.useCandidate(c)} aria-describedby={`candidate-${i}`}>
            {t('useCandidate', { orderNo: c.draft.values.orderNo ?? '?' })}
          </Button>
          <span id={`candidate-${i}`} className="mono small muted">
            {c.summary}
          </span>
        </li>
      ))}
    </ul>
  );
}
