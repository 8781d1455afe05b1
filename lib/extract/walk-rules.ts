/** How the page walk reads elements: which to skip, which are blocks, containers, headings and decoys. */
import type { LabelHit, ListTable } from './collect-types';

/** Text longer than this is neither a label nor a value; the walk stops concatenating it. */
export const CAP = 300;
export const MAX_DEPTH = 400;
export const MAX_ROOTS = 5000;
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'head',
  'button',
  'object',
  'embed',
  'audio',
  'video',
]);
export const BLOCK = new Set([
  'div',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'dl',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'form',
  'fieldset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'label',
  'br',
  'hr',
  'caption',
  'legend',
]);
export const CONTAINER = new Set([
  'div',
  'section',
  'aside',
  'ul',
  'ol',
  'table',
  'form',
  'article',
  'main',
  'fieldset',
  'dl',
  'p',
]);
export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend']);
export const ROWS = new Set(['table', 'thead', 'tbody', 'tfoot']);
export const CONTROLS = new Set(['input', 'select', 'textarea']);
export const DECOY_CLASS =
  /(?:^|[\s_-])(?:related|relate|recommend|recommended|similar|footer|foot|navbar|nav|menu|sidebar|side|aside|breadcrumbs?|crumbs?|stats?|statistics|dashboard|totals?|history|recent|others?|ads?|banner|toolbar)(?=$|[\s_-])/i;
export const DECOY_HEADING =
  /关联|相关|推荐|最近|历史|今日|统计|汇总|其他订单|同一持卡人|上一笔|上次|related|recent|history|similar|other orders|previous order|last order|same cardholder|today|statistics/i;
export const TITLE_CLASS = /title|heading|header/i;
/** Context weight inside a decoy: a "related order" box, navigation, a day's statistics. */
export const DECOY = 0.35;
export const ID_KEYS = new Set(['orderNo', 'referenceNo', 'voucherNo']);

/** What the walk knows about one node once its subtree is done. */
export interface Info {
  el: Element | null;
  /** Its text, or null when longer than CAP. */
  text: string | null;
  control: Element | null;
  ctx: number;
  index: number;
  block: boolean;
  th?: boolean;
  heading?: boolean;
  dangling?: { label: string; hit: LabelHit };
  cells?: Info[];
  rows?: Row[];
}
export interface Row {
  el: Element;
  index: number;
  cells: Info[];
  head: boolean;
}
/** A table being walked: once its header names an order list, its body rows are left to a RowReader. */
export interface TableState {
  rows: number;
  list: ListTable['columns'] | null;
  header: Info[];
  first: Element | null;
  firstIndex: number;
}

export const EMPTY: Info = { el: null, text: '', control: null, ctx: 1, index: 0, block: false };
