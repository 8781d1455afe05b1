import { z } from 'zod';

/** The one evidence vocabulary: verdict checklists, attached evidence and exports all use it. */
export const EvidenceKind = z.enum([
  'receipt',
  'supervisor_approval',
  'customer_id',
  'customer_signature',
  'customer_communication',
  'duplicate_charge_documentation',
  'refund_policy',
  'adjustment_form',
  'screenshot',
]);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
