import type { FillKey, FillReason, FillReport, UndoReport } from '../schema/fill';
import type { Notice } from './notice';

/** The panel's "Fill form" card: what the agent chose and what the last fill or undo did. */
export interface FillState {
  reason: FillReason;
  /** The partial amount as typed; empty for the verdict's full amount. */
  partialAmount: string;
  /** Evidence ids marked "attach to form". */
  attach: string[];
  busy: boolean;
  /** The key whose form field the agent is pointing out on the page. */
  pinning: FillKey | null;
  report: FillReport | null;
  undone: UndoReport | null;
  /** The page holds fills "Undo fill" can put back. */
  undoable: boolean;
  message: Notice | null;
}

/** The fill card before any choice, fill or undo. */
export const INITIAL_FILL: FillState = {
  reason: 'customer_cancelled',
  partialAmount: '',
  attach: [],
  busy: false,
  pinning: null,
  report: null,
  undone: null,
  undoable: false,
  message: null,
};
