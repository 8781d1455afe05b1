import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { CaptureResult } from './schema/capture';
import type { FillReport, FillRequest, UndoReport } from './schema/fill';
import type { FieldLocator } from './schema/site-profile';
import {
  CaptureReply,
  CoverReply,
  FillReply,
  HighlightReply,
  PickReply,
  PingReply,
  SyncAlarmsReply,
  UndoFillReply,
  type CaptureRequest,
  type HighlightRequest,
  type PanelCommandRequest,
  type PickRequest,
  type PageError,
  type Reply,
} from './schema/messages';

export type { PanelCommand } from './schema/messages';

/** The one protocol map: every message between panel, background and page goes through it. */
export interface ProtocolMap {
  ping(): Reply<{ version: 1 }>;
  capture(request: CaptureRequest): Reply<CaptureResult>;
  highlight(request: HighlightRequest): Reply<{ found: boolean }>;
  /** Teach mode: the agent points at an element; its locators and masked text come back. */
  pick(request: PickRequest): Reply<{ locators: FieldLocator[]; preview: string }>;
  /** Covers card numbers, CVV and ID numbers on the page before a screenshot. */
  coverSensitive(): Reply<{ covered: number }>;
  /** Removes the covers again. */
  uncoverSensitive(): Reply<{ covered: number }>;
  /** Fills the page's cancellation form (never submits); the page keeps what it overwrote for undoFill. */
  fill(request: FillRequest): Reply<FillReport>;
  /** Puts back what the fills since the page loaded overwrote, last first. */
  undoFill(): Reply<UndoReport>;
  /** Background → open panels: a keyboard shortcut asked for an action. */
  panelCommand(request: PanelCommandRequest): Reply<{ handled: boolean }>;
  /** Panel → background: cases changed, re-derive the deadline reminders. */
  syncAlarms(): Reply<{ count: number }>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

type TabMessage = 'ping' | 'capture' | 'highlight' | 'pick' | 'coverSensitive' | 'uncoverSensitive' | 'fill' | 'undoFill';

const replySchemas: { [K in TabMessage]: z.ZodType<ReturnType<ProtocolMap[K]>> } = {
  ping: PingReply,
  capture: CaptureReply,
  highlight: HighlightReply,
  pick: PickReply,
  coverSensitive: CoverReply,
  uncoverSensitive: CoverReply,
  fill: FillReply,
  undoFill: UndoFillReply,
};

/** Sends a message to a tab's top frame and validates the reply; failures come back as values. */
export async function askTab<K extends TabMessage>(
  tabId: number,
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  let raw: unknown;
  try {
    const send = sendMessage as (t: K, d: unknown, target: { tabId: number; frameId: number }) => Promise<unknown>;
    raw = await send(type, data[0], { tabId, frameId: 0 });
  } catch (e) {
    return failure({ code: 'no_response', detail: String(e instanceof Error ? e.message : e) }) as ReturnType<ProtocolMap[K]>;
  }
  const parsed = replySchemas[type].safeParse(raw);
  if (parsed.success) return parsed.data as ReturnType<ProtocolMap[K]>;
  return failure({ code: 'invalid_reply', detail: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }) as ReturnType<ProtocolMap[K]>;
}

/** Asks the background to re-derive deadline reminders; a stopped worker is woken by the message. */
export async function askBackgroundToSyncAlarms(): Promise<Reply<{ count: number }>> {
  try {
    const raw = await sendMessage('syncAlarms');
    const parsed = SyncAlarmsReply.safeParse(raw);
    return parsed.success ? parsed.data : failure({ code: 'invalid_reply', detail: parsed.error.message });
  } catch (e) {
    return failure({ code: 'no_response', detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Builds a failed reply. */
export function failure(error: PageError): { ok: false; error: PageError } {
  return { ok: false, error };
}
