import {
  defineExtensionMessaging,
  type ExtensionMessage,
  type Message,
  type RemoveListenerCallback,
} from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { failure, pageError, type PageMessage } from './reply';
import { z } from 'zod';
import type { RawCapture } from './schema/capture';
import { FillRequest, type FillReport, type UndoReport } from './schema/fill';
import type { FieldLocator } from './schema/site-profile';
import {
  CaptureReply,
  CaptureRequest,
  FillReply,
  HighlightReply,
  HighlightRequest,
  PanelCommandRequest,
  PickReply,
  PickRequest,
  PingReply,
  SensitiveRectsReply,
  UndoFillReply,
  type PageError,
  type Reply,
  type SensitiveRects,
} from './schema/messages';

export type { PanelCommand } from './schema/messages';
export { failure };

/** The one protocol map: every message between panel, background and page goes through it. */
export interface ProtocolMap {
  ping(): Reply<{ version: 1 }>;
  /** The page's masked, plain-data reading of the order; the panel parses it (lib/capture/capture-page.ts). */
  capture(request: CaptureRequest): Reply<RawCapture>;
  highlight(request: HighlightRequest): Reply<{ found: boolean }>;
  /** Teach mode: the agent points at an element; its locators and masked text come back. */
  pick(request: PickRequest): Reply<{ locators: FieldLocator[]; preview: string }>;
  /**
   * Where a screenshot must be blacked out: the viewport and the rectangles of card, ID and security-code
   * numbers, the fields asking for them and unreadable frames. The page is left as it is.
   */
  sensitiveRects(request: PickRequest): Reply<SensitiveRects>;
  /** Fills the page's cancellation form (never submits); the page keeps what it overwrote for undoFill. */
  fill(request: FillRequest): Reply<FillReport>;
  /** Puts back what the fills since the page loaded overwrote, last first. */
  undoFill(): Reply<UndoReport>;
  /** Background → open panels: a keyboard shortcut asked for an action. */
  panelCommand(request: PanelCommandRequest): Reply<{ handled: boolean }>;
}

const messenger = defineExtensionMessaging<ProtocolMap>();

export const { sendMessage, removeAllListeners } = messenger;

/**
 * Who may send a message. `extension`: a page of this extension (the side panel, a popped-out panel or the
 * options page, even open in a tab of its own) or its background. `background`: the same, but never a
 * context in a tab (the worker, or the side panel). A content script or a web page is neither.
 */
export type SenderRule = 'extension' | 'background';

type MessageType = keyof ProtocolMap;

const NO_DATA = z.undefined();

/** Each message's request and the senders it is taken from; checked before any handler runs. */
const RECEIVED: { [K in MessageType]: { from: SenderRule; data: z.ZodType } } = {
  // Panel → page (content script).
  ping: { from: 'extension', data: NO_DATA },
  capture: { from: 'extension', data: CaptureRequest },
  highlight: { from: 'extension', data: HighlightRequest },
  pick: { from: 'extension', data: PickRequest },
  sensitiveRects: { from: 'extension', data: PickRequest },
  fill: { from: 'extension', data: FillRequest },
  undoFill: { from: 'extension', data: NO_DATA },
  // Background → panels: only the worker sends shortcuts.
  panelCommand: { from: 'background', data: PanelCommandRequest },
};

/** This extension as the browser names it in a sender: its id and the base of its page URLs. */
export interface Self {
  id: string | undefined;
  base: string;
}

const self = (): Self => ({ id: browser.runtime.id, base: browser.runtime.getURL('/') });

/**
 * The sender of a runtime message, as this extension accepts it. Chrome gives a message from the service
 * worker no URL; every page (a content script's too) has one, so a sender without a URL must not be in a tab.
 */
export function senderSchema(rule: SenderRule, { id, base }: Self = self()) {
  const extensionUrl = z.string().refine((url) => url.startsWith(base), 'not a page of this extension');
  return z
    .object({
      id: z.string().refine((sent) => id !== undefined && id !== '' && sent === id, 'not this extension'),
      origin: z.literal(base.replace(/\/$/, '')).optional(),
      url: extensionUrl.optional(),
      // A page of the extension open in a tab (the options page, a popped-out panel) is that tab's page.
      tab:
        rule === 'background'
          ? z.never({ error: 'sent from a tab' }).optional()
          : z.object({ url: extensionUrl }).optional(),
    })
    .refine((s) => s.url !== undefined || s.tab === undefined, 'a tab without a URL');
}

const issues = (error: z.ZodError, prefix = '') =>
  error.issues
    .slice(0, 3)
    .map((i) => `${[prefix, ...i.path].filter((p) => p !== '').join('.')}: ${i.message}`)
    .join('; ')
    .slice(0, 1000);

/**
 * Checks a received message at the boundary: its envelope, its sender (as the browser reports it) and its
 * request. Returns the parsed request, or the failure to reply with; never throws.
 */
export function checkMessage<K extends MessageType>(
  type: K,
  message: unknown,
  who: Self = self(),
): { ok: true; data: unknown } | { ok: false; error: PageError } {
  const { from, data } = RECEIVED[type];
  const envelope = z
    .object({ type: z.literal(type), id: z.number(), timestamp: z.number(), sender: z.unknown() })
    .safeParse(message);
  if (!envelope.success) return failure({ code: 'invalid_request', detail: issues(envelope.error) });
  const sender = senderSchema(from, who).safeParse(envelope.data.sender);
  if (!sender.success)
    return failure({
      code: 'invalid_request',
      detail: `sender refused: ${issues(sender.error, 'sender')}`.slice(0, 1000),
    });
  const request = data.safeParse((message as { data?: unknown }).data);
  if (!request.success) return failure({ code: 'invalid_request', detail: issues(request.error, 'data') });
  return { ok: true, data: request.data };
}

type Received<K extends MessageType> = Message<ProtocolMap, K> & ExtensionMessage;

/**
 * Listens for one message type. Each message is checked first (sender and request, see `checkMessage`): a
 * message from a content script or a web page, or with a malformed request, gets `{ ok: false }` and never
 * reaches the handler, which receives the parsed request. A handler that throws answers `page_error`.
 */
export function onMessage<K extends MessageType>(
  type: K,
  handler: (message: Received<K>) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): RemoveListenerCallback {
  return messenger.onMessage(type, async (message) => {
    const checked = checkMessage(type, message);
    if (!checked.ok) return checked as ReturnType<ProtocolMap[K]>;
    try {
      return await handler({ ...message, data: checked.data as Received<K>['data'] });
    } catch (e) {
      return pageError(e) as ReturnType<ProtocolMap[K]>;
    }
  });
}

const replySchemas: { [K in PageMessage]: z.ZodType<ReturnType<ProtocolMap[K]>> } = {
  ping: PingReply,
  capture: CaptureReply,
  highlight: HighlightReply,
  pick: PickReply,
  sensitiveRects: SensitiveRectsReply,
  fill: FillReply,
  undoFill: UndoFillReply,
};

/** Sends a message to a tab's top frame and validates the reply; failures come back as values. */
export async function askTab<K extends PageMessage>(
  tabId: number,
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  let raw: unknown;
  try {
    const send = sendMessage as (t: K, d: unknown, target: { tabId: number; frameId: number }) => Promise<unknown>;
    raw = await send(type, data[0], { tabId, frameId: 0 });
  } catch (e) {
    return failure({ code: 'no_response', detail: String(e instanceof Error ? e.message : e) }) as ReturnType<
      ProtocolMap[K]
    >;
  }
  const parsed = replySchemas[type].safeParse(raw);
  if (parsed.success) return parsed.data as ReturnType<ProtocolMap[K]>;
  return failure({
    code: 'invalid_reply',
    detail: parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; '),
  }) as ReturnType<ProtocolMap[K]>;
}
