import { fieldKey, type MessageKey } from '../lib/i18n';
import type { CaptureProblem, ProblemChoice } from '../lib/schema/capture';
import type { OrderKey } from '../lib/schema/order';
import { Button } from './ui/button';
import { usePanelState, usePanelStore, useT } from '../lib/store/panel-context';
import { Card } from './ui/card';

const KEYS: Record<CaptureProblem['code'], MessageKey> = {
  refused_sensitive: 'problemRefused',
  unparsable: 'problemUnparsable',
  ambiguous: 'problemAmbiguous',
  ambiguous_date_order: 'problemAmbiguousDate',
  profile_not_found: 'problemProfileNotFound',
  profile_ambiguous: 'problemProfileAmbiguous',
  card_masked: 'problemCardMasked',
  id_masked: 'problemIdMasked',
};

/** The values the page shows for one field, each a button that takes it as the agent's edit. */
export function Choices({ field, choices }: { field: OrderKey; choices: readonly ProblemChoice[] }) {
  const t = useT();
  const { actions } = usePanelStore();
  // A choice is an edit of a case; without one, only the order number can start it.
  const usable = usePanelState((s) => s.currentCase !== null || (field === 'orderNo' && s.pendingDraft !== null));
  if (!usable) return null;
  return (
    <span className="choices">
      {choices.map((c) => (
        <Button
          key={`${c.text}-${String(c.value)}`}
          variant="link"
          onClick={() => void actions.chooseValue(field, c.value)}
        >
          {t('useValue', { value: c.text })}
        </Button>
      ))}
    </span>
  );
}

/** What the last capture refused, masked or could not decide, in words. */
export function CaptureProblems() {
  const t = useT();
  const problems = usePanelState((s) => s.problems);
  if (!problems.length) return null;
  return (
    <Card id="problems-heading" title={t('problems')}>
      <ul className="warnings">
        {problems.map((p, i) => (
          <li key={`${p.code}-${p.key ?? ''}-${i}`}>
            {t(KEYS[p.code], {
              label: p.label ?? (p.key ? t(fieldKey(p.key)) : ''),
              detail: p.detail ?? '',
            })}
            {p.key && p.choices && <Choices field={p.key} choices={p.choices} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}
