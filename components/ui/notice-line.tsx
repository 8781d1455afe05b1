import { usePanelState, useT } from '../../lib/store/panel-context';

/** The status line; announced to screen readers as capture results and errors arrive. */
export function NoticeLine() {
  const t = useT();
  const notice = usePanelState((s) => s.notice);
  return (
    <div
      className={`notice${notice?.tone === 'error' ? ' notice-error' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="notice"
    >
      {notice ? t(notice.key, notice.params) : ''}
    </div>
  );
}
