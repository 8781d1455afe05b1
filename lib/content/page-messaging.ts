import {
  defineExtensionMessaging,
  type ExtensionMessage,
  type Message,
  type RemoveListenerCallback,
} from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap, Self } from '../messaging';
import { failure, pageError, type PageMessage } from '../reply';

const messenger = defineExtensionMessaging<ProtocolMap>();

const self = (): Self => ({ id: browser.runtime.id, base: browser.runtime.getURL('/') });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Why a sender may not ask the page anything, or null when it may: only a page of this extension (the side
 * panel, a popped-out panel, the options page) or its background, as lib/messaging.ts's senderSchema
 * ('extension') says. A content script or a web page has a tab whose URL is not the extension's.
 */
export function senderRefusal(sender: unknown, { id, base }: Self = self()): string | null {
  if (!isObject(sender)) return 'sender: not an object';
  if (typeof sender.id !== 'string' || !id || sender.id !== id) return 'sender.id: not this extension';
  if (sender.origin !== undefined && sender.origin !== base.replace(/\/$/, ''))
    return 'sender.origin: not this extension';
  const extensionUrl = (url: unknown) => typeof url === 'string' && url.startsWith(base);
  if (sender.url !== undefined && !extensionUrl(sender.url)) return 'sender.url: not a page of this extension';
  if (sender.tab !== undefined) {
    if (!isObject(sender.tab) || !extensionUrl(sender.tab.url)) return 'sender.tab.url: not a page of this extension';
    if (sender.url === undefined) return 'sender: a tab without a URL';
  }
  return null;
}

/** Why a received message is no message of this type from this extension, or null when it is. */
export function envelopeRefusal(type: PageMessage, message: unknown, who?: Self): string | null {
  if (!isObject(message) || message.type !== type) return `type: expected ${type}`;
  if (typeof message.id !== 'number' || typeof message.timestamp !== 'number') return 'id, timestamp: expected numbers';
  const refused = senderRefusal(message.sender, who);
  return refused && `sender refused: ${refused}`;
}

type Received<K extends PageMessage> = Message<ProtocolMap, K> & ExtensionMessage;

/**
 * Listens for one page message. The envelope and the sender are checked first: a message from a content
 * script or a web page gets `invalid_request` and never reaches the handler, which checks its own request
 * (lib/content/page-requests.ts). A handler that throws answers `page_error`.
 */
export function onPageMessage<K extends PageMessage>(
  type: K,
  handler: (message: Received<K>) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): RemoveListenerCallback {
  return messenger.onMessage(type, async (message) => {
    const refused = envelopeRefusal(type, message);
    if (refused)
      return failure({ code: 'invalid_request', detail: refused.slice(0, 1000) }) as ReturnType<ProtocolMap[K]>;
    try {
      return await handler(message);
    } catch (e) {
      return pageError(e) as ReturnType<ProtocolMap[K]>;
    }
  });
}
