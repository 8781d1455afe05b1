import { z } from 'zod';
import { Order } from './order';

/** The order's keys as an enum, for records keyed by field. */
export const OrderKey = Order.keyof();
export type OrderKey = z.infer<typeof OrderKey>;

/**
 * Where a value sits on the page: CSS selectors, one per root. Between two segments the walk enters the
 * previous match's iframe document (when it is an IFRAME/FRAME) or its open shadow root (any other element).
 */
export const Locator = z.object({
  path: z.array(z.string().min(1).max(2000)).min(1).max(16),
});
export type Locator = z.infer<typeof Locator>;

export const FieldSource = z.object({
  /** The page text the value was read from, masked like the value. */
  text: z.string().max(2000),
  /** The label the value was found next to, when there was one. */
  label: z.string().max(200).optional(),
  confidence: z.number().min(0).max(1),
  method: z.enum(['label', 'inline', 'input', 'list-row', 'profile']),
  locator: Locator.optional(),
});
export type FieldSource = z.infer<typeof FieldSource>;

/** What a capture read: the Order's keys, all optional, and per-field provenance. */
export const CaptureDraft = z.object({
  values: Order.partial(),
  sources: z.partialRecord(OrderKey, FieldSource),
});
export type CaptureDraft = z.infer<typeof CaptureDraft>;

/** One order row offered from a list page; picking it uses its draft. */
export const ListCandidate = z.object({
  draft: CaptureDraft,
  summary: z.string().max(500),
});
export type ListCandidate = z.infer<typeof ListCandidate>;

/** One value the page shows for a field, as shown and as read. */
export const ProblemChoice = z.object({
  text: z.string().max(200),
  value: z.union([z.string().max(256), z.number(), z.boolean()]),
});
export type ProblemChoice = z.infer<typeof ProblemChoice>;

export const CaptureProblem = z.object({
  key: OrderKey.optional(),
  code: z.enum([
    'refused_sensitive',
    'unparsable',
    'ambiguous',
    'ambiguous_date_order',
    'profile_not_found',
    'profile_ambiguous',
    'card_masked',
    'id_masked',
  ]),
  label: z.string().max(200).optional(),
  detail: z.string().max(500).optional(),
  /** The values the page shows for the field when they disagree: the agent picks one, capture never does. */
  choices: z.array(ProblemChoice).max(5).optional(),
});
export type CaptureProblem = z.infer<typeof CaptureProblem>;

export const CaptureResult = z.object({
  url: z.string().max(4000),
  title: z.string().max(500),
  /** The order shown in detail, when the page shows one. */
  draft: CaptureDraft.nullable(),
  candidates: z.array(ListCandidate).max(500),
  problems: z.array(CaptureProblem).max(200),
});
export type CaptureResult = z.infer<typeof CaptureResult>;
