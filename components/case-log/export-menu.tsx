import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../lib/i18n';
import type { ExportFormat } from '../../lib/schema/event';
import { usePanelState, usePanelStore, useT } from '../../lib/store/panel-context';
import { dbErrorText } from '../../lib/case-log/db-error-text';
import type { ExportOutcome } from '../../lib/store/export-actions';

const ITEMS: readonly { format: ExportFormat; label: MessageKey }[] = [
  { format: 'text', label: 'log.copyText' },
  { format: 'markdown', label: 'log.markdown' },
  { format: 'print', label: 'log.print' },
  { format: 'json', label: 'log.caseJson' },
  { format: 'zip', label: 'log.caseZip' },
];

/** "Export" for the current case: a menu button (WAI-ARIA pattern) over the five export formats. */
export function ExportMenu() {
  const t = useT();
  const { actions } = usePanelStore();
  const current = usePanelState((s) => s.currentCase);
  const [focus, setFocus] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const lifetime = useRef<AbortController | null>(null);
  const open = focus !== null;

  useEffect(() => {
    const controller = new AbortController();
    lifetime.current = controller;
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (focus !== null) items.current[focus]?.focus();
  }, [focus]);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const outside = (e: PointerEvent) => {
      if (!container.current?.contains(e.target as Node)) setFocus(null);
    };
    document.addEventListener('pointerdown', outside, { signal: controller.signal });
    return () => controller.abort();
  }, [open]);

  if (!current) return null;

  const close = () => {
    setFocus(null);
    button.current?.focus();
  };

  const describe = (outcome: ExportOutcome) => {
    if (outcome.ok) {
      const unrecorded = outcome.unrecorded ? ` ${t('log.exportUnrecorded')}` : '';
      if (outcome.done === 'copied') return { text: t('log.copied') + unrecorded, error: false };
      if (outcome.done === 'printed') return { text: t('log.printOpened') + unrecorded, error: false };
      return { text: t('log.downloaded', { name: outcome.fileName ?? '' }) + unrecorded, error: false };
    }
    if (outcome.reason === 'db') return { text: dbErrorText(t, outcome.error), error: true };
    const key = outcome.reason === 'clipboard' ? 'log.copyFailed' : 'log.exportFailed';
    return { text: t(key, { detail: outcome.message }), error: true };
  };

  const choose = async (format: ExportFormat) => {
    close();
    setBusy(true);
    setResult(null);
    try {
      setResult(describe(await actions.exportCase(format, lifetime.current?.signal)));
    } finally {
      setBusy(false);
    }
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') {
      e.preventDefault();
      setFocus(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setFocus(ITEMS.length - 1);
    }
  };

  const onItemKey = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: ITEMS.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      setFocus((moves[e.key]! + ITEMS.length) % ITEMS.length);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      setFocus(null);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void choose(ITEMS[index]!.format);
    }
  };

  return (
    <div ref={container} className="export-menu" style={{ position: 'relative' }}>
      <button
        type="button"
        ref={button}
        className="btn btn-secondary"
        id="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        aria-busy={busy}
        disabled={busy}
        onClick={() => setFocus(open ? null : 0)}
        onKeyDown={onButtonKey}
      >
        {t('log.export')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul
        id="export-menu"
        role="menu"
        aria-labelledby="export-button"
        hidden={!open}
        className="card"
        style={{ position: 'absolute', zIndex: 10, listStyle: 'none', margin: '4px 0 0', padding: 4, minWidth: '12em' }}
      >
        {ITEMS.map((item, index) => (
          <li
            key={item.format}
            ref={(el) => {
              items.current[index] = el;
            }}
            role="menuitem"
            tabIndex={-1}
            className="case-item"
            onClick={() => void choose(item.format)}
            onKeyDown={(e) => onItemKey(e, index)}
          >
            {t(item.label)}
          </li>
        ))}
      </ul>
      <p role="status" className={`small${result?.error ? ' field-error' : ' muted'}`}>
        {result?.text ?? ''}
      </p>
    </div>
  );
}
