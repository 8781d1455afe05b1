import type { MessageKey } from '../lib/i18n';
import type { CaptureProblem } from '../lib/schema/capture';
import { usePanelState, useT } from './panel-context';
import { Card } from './card';

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
            {t(KEYS[p.code], { label: p.label ?? (p.key ? t(`field.${p.key}` as MessageKey) : ''), detail: p.detail ?? '' })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
