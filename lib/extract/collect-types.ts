import type { LabelMeaning } from '../vocabulary';
import type { RowReader } from './row-reader';

/** How a label and its value were laid out; it weighs the value's confidence. */
export type Layout = 'table' | 'columns' | 'sibling' | 'inline' | 'input';

/** A label found on the page: what the vocabulary says it means, and/or a taught label it equals. */
export type LabelHit = { meaning: LabelMeaning | null; custom?: string };

/** One label with the value shown next to it. */
export interface Pair {
  label: string;
  hit: LabelHit;
  value: string;
  el: Element;
  layout: Layout;
  /** Layout weight, lower for editable inputs. */
  weight: number;
  /** Context weight: 1 in the page's body, lower in navigation, footers, "related order" boxes. */
  ctx: number;
  order: number;
}

/** A table with a header row naming order fields and several order rows. */
export interface ListTable {
  columns: { label: string; hit: LabelHit | null }[];
  rows: RowReader;
}

/** Everything one walk over the page found. */
export interface Collected {
  pairs: Pair[];
  lists: ListTable[];
  /** Labels of refused card-security fields (their values are never read). */
  refused: string[];
  /** Labels and values shown under ID-number labels, to be masked. */
  ids: { label: string; value: string }[];
  /** Texts of values shown under card labels, so the same number is masked anywhere it appears. */
  cards: string[];
}
