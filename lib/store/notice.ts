import type { MessageKey } from '../i18n';
import type { PageError } from '../schema/messages';

export interface Notice {
  key: MessageKey;
  params?: Record<string, string | number>;
  tone: 'info' | 'error';
}

/** A message for the panel's status line. */
export function notice(key: MessageKey, params?: Notice['params'], tone: Notice['tone'] = 'info'): Notice {
  return { key, params, tone };
}

const pageErrorKeys: Record<PageError['code'], MessageKey> = {
  permission_missing: 'permissionDenied',
  unsupported_page: 'unsupportedPage',
  tab_closed: 'tabClosed',
  no_response: 'pageNoResponse',
  invalid_request: 'pageError',
  invalid_reply: 'invalidReply',
  not_found: 'noOrderFound',
  cancelled: 'pageError',
  page_error: 'pageError',
};

/** Words a failed page call for the agent. */
export function pageErrorNotice(error: PageError): Notice {
  return notice(pageErrorKeys[error.code], { detail: error.detail ?? error.code, origin: '' }, 'error');
}
