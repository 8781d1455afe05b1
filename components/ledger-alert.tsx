import { ledgerFindingKey } from '../lib/i18n';
import { usePanelState, useT } from '../lib/store/panel-context';

/** The ledger check's verdict on this browser's cases, shown only when something disagrees with it. */
export function LedgerAlert() {
  const t = useT();
  const ledger = usePanelState((s) => s.ledger);
  if (!ledger) return null;
  if ('failed' in ledger) {
    return (
      <div className="banner banner-error" role="alert">
        <p>{t('ledger.failed', { detail: ledger.failed })}</p>
      </div>
    );
  }
  return (
    <div className="banner banner-error" role="alert">
      <p>{t('ledger.warning', { count: ledger.findings.length })}</p>
      <ul className="small">
        {ledger.findings.map((f) => (
          <li key={`${f.kind}-${f.caseId}`}>
            {t(ledgerFindingKey(f.kind), {
              which: f.orderNo ?? f.caseId,
              recorded: f.recorded,
              found: f.found,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
