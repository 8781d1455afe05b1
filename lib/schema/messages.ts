import { z } from 'zod';
import { Locator, RawCapture } from './capture';
import { FillReport, UndoReport } from './fill';
import { FieldLocator } from './profile-fields';
import { IdMask } from './id-mask';

const Offset = z.string().regex(/^[+-]\d\d:\d\d$/);

/** A zone's UTC offset at the start of 1990 and each change after, for reading offset-less times in the page. */
export const ZoneRules = z.object({
  initial: Offset,
  changes: z.array(z.object({ at: z.number().int(), offset: Offset })).max(1000),
});
export type ZoneRules = z.infer<typeof ZoneRules>;

/** What the page needs to collect an order: how to mask IDs, and the taught fields to look for. */
export const CaptureRequest = z.object({
  idMask: IdMask,
  /** Rows to read per order list (100 unless a list page asks for more). */
  rows: z.number().int().min(1).max(500).optional(),
  /** A site profile; validated by the content script against SiteProfile. */
  profile: z.unknown().optional(),
});
export type CaptureRequest = z.infer<typeof CaptureRequest>;

export const HighlightRequest = z.object({ locator: Locator });
export type HighlightRequest = z.infer<typeof HighlightRequest>;

/** Why a call to a page failed; the panel words each code for the agent. */
export const PageErrorCode = z.enum([
  'permission_missing',
  'unsupported_page',
  'tab_closed',
  'no_response',
  'invalid_request',
  'invalid_reply',
  'not_found',
  'cancelled',
  'page_error',
]);
export type PageErrorCode = z.infer<typeof PageErrorCode>;

export const PageError = z.object({ code: PageErrorCode, detail: z.string().max(1000).optional() });
export type PageError = z.infer<typeof PageError>;

/** The typed result every handler returns instead of throwing across the boundary. */
export const reply = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: PageError }),
  ]);

export type Reply<T> = { ok: true; value: T } | { ok: false; error: PageError };

export const PingReply = reply(z.object({ version: z.literal(1) }));
export const CaptureReply = reply(RawCapture);
export const HighlightReply = reply(z.object({ found: z.boolean() }));
/** A rectangle in the tab's viewport, in CSS pixels. */
export const ViewportRect = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});
/**
 * Where a screenshot of the tab must be blacked out: the viewport's CSS size and pixel ratio, and the
 * rectangles (card, ID and security-code numbers, fields asking for them, unreadable frames) inside it.
 */
export const SensitiveRects = z.object({
  width: z.number().positive().max(100_000),
  height: z.number().positive().max(100_000),
  dpr: z.number().positive().max(64),
  rects: z.array(ViewportRect).max(10_000),
});
export type SensitiveRects = z.infer<typeof SensitiveRects>;
export const SensitiveRectsReply = reply(SensitiveRects);
/**
 * A keyboard shortcut, from the background to the open panels, with the window and tab it was pressed on:
 * only the panel for that tab (popped out) or else for that window acts (lib/store/panel-commands.ts).
 */
export const PanelCommandRequest = z.object({
  command: z.enum(['capture-order', 'fill-form']),
  windowId: z.number().int().optional(),
  tabId: z.number().int().optional(),
});
export type PanelCommandRequest = z.infer<typeof PanelCommandRequest>;
export type PanelCommand = PanelCommandRequest['command'];
export const PickRequest = z.object({ idMask: IdMask });
export type PickRequest = z.infer<typeof PickRequest>;
export const PickReply = reply(
  z.object({ locators: z.array(FieldLocator).min(1).max(8), preview: z.string().max(2000) }),
);
export const FillReply = reply(FillReport);
export const UndoFillReply = reply(UndoReport);
