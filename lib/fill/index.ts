export { planFill } from './plan-fill';
export { executeFill, type ExecuteOptions } from './execute-fill';
export { undoFill } from './undo-fill';
export type { FillPlan } from './fill-types';
