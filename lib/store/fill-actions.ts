import { appendEvent, loadCaseBundle, loadEvidenceBytes } from '../db';
import { askTab } from '../messaging';
import { actionText, loadDictionary, type Lang } from '../i18n';
import type { Verdict } from '../rules';
import { Scrubber } from '../extract/mask';
import { moneyText } from '../rules/format-text';
import type { CaseRecord } from '../schema/case';
import type { EventBody } from '../schema/event';
import type { FillFile, FillKey, FillReport } from '../schema/fill';
import type { LoggedFillReport } from '../schema/fill-report';
import type { FieldLocator } from '../schema/site-profile';
import type { Settings } from '../schema/settings';
import { hasOriginAccess, injectContentScript, portalOrigin } from '../permissions/tab-access';
import { pinFormField, siteProfileFor } from '../settings/site-profiles';
import { actorOf } from './actor';
import { buildFillRequest, portalLanguage, toBase64, type FillProblem } from './fill-request';
import { maskedUrl } from './masked-url';
import { notice, pageErrorNotice, type Notice } from './notice';
import type { ActionDeps, PanelState } from './panel-store';
import { INITIAL_FILL, type FillState } from './fill-state';

/** FillFile.base64 holds at most 11,000,000 characters: 8,250,000 bytes. */
export const MAX_FILL_FILE_BYTES = 8_250_000;
const MAX_FILL_FILES = 20;
/** All files of one fill together; one extension message must stay well under Chrome's 64 MiB. */
export const MAX_FILL_TOTAL_BYTES = 30_000_000;

/** The marked evidence files with their bytes as base64, in the order they were added. */
async function attachedFiles(
  record: CaseRecord,
  ids: readonly string[],
): Promise<{ ok: true; value: FillFile[] } | { ok: false; message: Notice }> {
  if (ids.length === 0) return { ok: true, value: [] };
  if (ids.length > MAX_FILL_FILES)
    return { ok: false, message: notice('fill.problem.tooManyFiles', { max: MAX_FILL_FILES }, 'error') };
  const bundle = await loadCaseBundle(record.id);
  if (!bundle.ok) return { ok: false, message: notice('saveFailed', { detail: bundle.error.message }, 'error') };
  const chosen = bundle.value.evidence.filter((e) => ids.includes(e.id));
  if (chosen.reduce((sum, e) => sum + e.size, 0) > MAX_FILL_TOTAL_BYTES) {
    return { ok: false, message: notice('fill.problem.filesTooLarge', { max: MAX_FILL_TOTAL_BYTES / 1e6 }, 'error') };
  }
  const files: FillFile[] = [];
  for (const item of chosen) {
    if (item.purgedAt) return { ok: false, message: notice('fill.problem.fileMissing', { name: item.name }, 'error') };
    if (item.size > MAX_FILL_FILE_BYTES)
      return {
        ok: false,
        message: notice(
          'fill.problem.fileTooLarge',
          { name: item.name, max: Math.floor(MAX_FILL_FILE_BYTES / 1e6) },
          'error',
        ),
      };
    const bytes = await loadEvidenceBytes(item.id);
    if (!bytes.ok) return { ok: false, message: notice('fill.problem.fileMissing', { name: item.name }, 'error') };
    files.push({ name: item.name, type: item.type, base64: toBase64(bytes.value) });
  }
  return { ok: true, value: files };
}

/** What the case log keeps of a fill: outcomes and any conflict (not what fields held before), card and ID numbers masked. */
export function loggedReport(report: FillReport, idMask: Settings['idMask']): LoggedFillReport {
  // Labels, values and the page's messages are page text: masked like everything capture keeps.
  const scrubber = new Scrubber(idMask);
  const scrub = <T extends string | undefined>(text: T): T => (text === undefined ? text : (scrubber.scrub(text) as T));
  const outcomes = report.outcomes.map((o) => ({
    ...o,
    label: scrub(o.label),
    value: scrub(o.value),
    message: scrub(o.message),
    ...(o.seen ? { seen: o.seen.map(scrub) } : {}),
  }));
  const conflict = report.conflict && {
    ...report.conflict,
    label: scrub(report.conflict.label),
    pageValue: scrub(report.conflict.pageValue),
    caseValue: scrub(report.conflict.caseValue),
  };
  const left = report.left?.map((l) => ({ ...l, label: scrub(l.label) }));
  return {
    url: maskedUrl(report.snapshot.url, idMask),
    outcomes,
    ...(conflict ? { conflict } : {}),
    ...(left?.length ? { left } : {}),
  };
}

/** A selector for a picked form field: its CSS locator, else a stable attribute. */
function pinSelector(locators: readonly FieldLocator[]): string | null {
  for (const l of locators) if (l.kind === 'css') return l.selector;
  for (const l of locators) if (l.kind === 'attr') return `[${l.name}="${CSS.escape(l.value)}"]`;
  return null;
}

/** The fill actions of the panel store: choose reason, amount and files, fill the target tab's form, undo. */
export function createFillActions({
  store,
  targetTab,
  saved,
  verdictFor,
}: Pick<ActionDeps, 'store' | 'targetTab' | 'saved'> & { verdictFor: (record: CaseRecord) => Promise<Verdict> }) {
  const get = store.getState;
  const setFill = (patch: Partial<FillState>) => store.setState((s) => ({ fill: { ...s.fill, ...patch } }));
  const say = (message: Notice) => setFill({ message });

  // Another case means other choices, and a report that is not about it.
  store.subscribe((s, prev) => {
    // A fill still running keeps the button busy; its report is dropped when it lands (see fill()).
    if (s.currentCase?.id !== prev.currentCase?.id) store.setState({ fill: { ...INITIAL_FILL, busy: s.fill.busy } });
  });

  /** The tab to fill, with access to its origin; null after saying why not (`then` runs once access is granted). */
  const fillTarget = async (then: PanelState['afterGrant']): Promise<{ tabId: number; origin: string } | null> => {
    const tab = targetTab();
    const origin = portalOrigin(tab?.url);
    if (!tab || !origin) {
      say(notice(tab ? 'unsupportedPage' : 'noTab', undefined, 'error'));
      return null;
    }
    if (!(await hasOriginAccess(origin))) {
      store.setState({ accessNeeded: origin, afterGrant: then });
      setFill({ message: null });
      return null;
    }
    const injected = await injectContentScript(tab.tabId, { fill: true });
    if (injected.ok) return { tabId: tab.tabId, origin };
    say(pageErrorNotice(injected.error));
    return null;
  };

  /** Logs what a fill or an undo did on the case it was for. */
  const logOnCase = async (record: CaseRecord, body: EventBody, settings: Settings) => {
    const written = await appendEvent(record.id, body, actorOf(settings));
    if (!written.ok) return say(notice('fill.logFailed', { detail: written.error.message }, 'error'));
    await saved(written.value);
  };

  return {
    /**
     * Fills the target tab's form from the current case (never submits) and logs the report on the case.
     * The verdict is the store's, derived anew at this instant, so the amount and request type are the ones
     * the panel shows.
     */
    async fill() {
      const { currentCase: record, settings, lang, fill } = get();
      if (fill.busy) return;
      if (!record) return store.setState({ notice: notice('fill.noCase', undefined, 'error') });
      setFill({ busy: true, message: null, report: null, undone: null });
      try {
        const target = await fillTarget({ action: 'fill', caseId: record.id });
        if (!target) return;
        // Writing case A's order into another portal's form is the one mistake a fill must never make.
        if (target.origin !== record.origin)
          return say(notice('fill.otherPortal', { portal: target.origin, origin: record.origin }, 'error'));
        const files = await attachedFiles(record, fill.attach);
        if (!files.ok) return say(files.message);
        const profile = await siteProfileFor(target.origin);
        const zone = profile?.zone ?? settings.portalZone;
        // The description is written in the portal's language, which need not be the panel's.
        await loadDictionary(portalLanguage(record, lang));
        const built = buildFillRequest({
          record,
          verdict: await verdictFor(record),
          settings,
          zone,
          reason: fill.reason,
          partialAmount: fill.partialAmount,
          uiLang: lang,
          files: files.value,
        });
        if (!built.ok) return say(problemNotice(built.problem, lang));
        const pins = profile?.formPins ?? [];
        const reply = await askTab(target.tabId, 'fill', pins.length ? { ...built.value, pins } : built.value);
        if (!reply.ok) return say(pageErrorNotice(reply.error));
        if (get().currentCase?.id === record.id)
          setFill({ report: reply.value, undoable: get().fill.undoable || reply.value.snapshot.entries.length > 0 });
        await logOnCase(
          record,
          { type: 'form_filled', data: { report: loggedReport(reply.value, settings.idMask) } },
          settings,
        );
      } finally {
        setFill({ busy: false });
      }
    },

    /** Teach mode for forms: the agent points at the field that takes `key`; the portal's profile keeps it. */
    async pinFormField(key: FillKey, fieldLabel: string) {
      if (get().fill.busy || get().fill.pinning) return;
      setFill({ pinning: key, message: notice('pickPrompt', { field: fieldLabel }) });
      try {
        const target = await fillTarget(null);
        if (!target) return;
        const reply = await askTab(target.tabId, 'pick', { idMask: get().settings.idMask });
        if (!reply.ok)
          return say(reply.error.code === 'cancelled' ? notice('pickCancelled') : pageErrorNotice(reply.error));
        const selector = pinSelector(reply.value.locators);
        if (!selector) return say(notice('fill.pinFailed', { field: fieldLabel }, 'error'));
        const zone = (await siteProfileFor(target.origin))?.zone ?? get().settings.portalZone;
        await pinFormField(target.origin, key, selector, zone);
        say(notice('fill.pinned', { field: fieldLabel }));
      } finally {
        setFill({ pinning: null });
      }
    },

    /** Puts back what the fills on the target tab overwrote. */
    async undoFill() {
      if (get().fill.busy) return;
      setFill({ busy: true, message: null, undone: null });
      try {
        const target = await fillTarget({ action: 'undoFill', caseId: get().currentCase?.id ?? null });
        if (!target) return;
        const { currentCase: record, settings } = get();
        const url = targetTab()?.url ?? '';
        const reply = await askTab(target.tabId, 'undoFill');
        if (!reply.ok) return say(pageErrorNotice(reply.error));
        const { outcomes } = reply.value;
        setFill({
          undone: reply.value,
          undoable: false,
          ...(outcomes.length === 0 ? { message: notice('fill.nothingToUndo') } : {}),
        });
        // The audit trail shows the form was put back, not only that it was filled.
        if (record && record.origin === target.origin && outcomes.length > 0) {
          const restored = outcomes.filter((o) => o.outcome === 'filled').length;
          await logOnCase(
            record,
            {
              type: 'form_fill_undone',
              data: { url: maskedUrl(url, settings.idMask), restored, total: outcomes.length },
            },
            settings,
          );
        }
      } finally {
        setFill({ busy: false });
      }
    },
  };
}

export type FillActions = ReturnType<typeof createFillActions>;

/** Words a refused fill for the status line. */
function problemNotice(problem: FillProblem, lang: Lang): Notice {
  switch (problem.code) {
    case 'not_fillable':
      return notice('fill.problem.notFillable', { action: actionText(problem.action, lang) }, 'error');
    case 'amount_invalid':
      return notice('fill.problem.amountInvalid', { detail: problem.detail }, 'error');
    case 'amount_over_max':
      return notice(
        'fill.problem.amountOverMax',
        { max: moneyText(problem.maxMinor, problem.currency, lang) },
        'error',
      );
    case 'amount_unknown':
      return notice('fill.problem.amountUnknown', undefined, 'error');
    case 'partial_not_allowed':
      return notice(
        'fill.problem.partialNotAllowed',
        { max: moneyText(problem.maxMinor, problem.currency, lang) },
        'error',
      );
    case 'invalid_request':
      return notice('fill.problem.invalidRequest', { detail: problem.detail }, 'error');
  }
}
