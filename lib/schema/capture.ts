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

/** What a label means, as lib/vocabulary/label-meaning.ts says. */
const LabelMeaning = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('field'),
    keys: z.array(OrderKey).max(20).readonly(),
    quality: z.number().min(0).max(1),
    unit: z.string().max(20).optional(),
  }),
  z.object({ kind: z.literal('sensitive') }),
  z.object({ kind: z.literal('id') }),
]);

/** A label found on the page: what the vocabulary says it means, and/or the taught label it equals. */
const LabelHit = z.object({ meaning: LabelMeaning.nullable(), custom: z.string().max(200).optional() });

/** Where a value sits: its place as a person reads the page, and a locator when one could be made. */
const Spot = z.object({ rank: z.number().int(), locator: Locator.optional() });

const Text = z.string().max(20_000);

/** One label with the value shown next to it, masked; `masked` when masking changed the value. */
export const RawPair = z.object({
  label: Text,
  hit: LabelHit,
  value: Text,
  masked: z.boolean(),
  layout: z.enum(['table', 'columns', 'sibling', 'inline', 'input']),
  weight: z.number(),
  ctx: z.number(),
  order: z.number().int(),
  spot: Spot,
});
export type RawPair = z.infer<typeof RawPair>;

/** An order list: its columns and rows; a row's section indexes RawCapture.sections, cells keep their tag. */
export const RawList = z.object({
  /** The list has rows past those sent. */
  more: z.boolean(),
  columns: z.array(z.object({ label: Text, hit: LabelHit.nullable() })).max(200),
  rows: z
    .array(
      z.object({
        section: z.number().int(),
        index: z.number().int(),
        cells: z.array(z.object({ text: Text, tag: z.string().max(20), index: z.number().int() }).nullable()).max(200),
      }),
    )
    .max(500),
});
export type RawList = z.infer<typeof RawList>;

/** A taught field: found (its text, masked) or why not. */
export const RawProfileField = z.discriminatedUnion('found', [
  z.object({ key: OrderKey, found: z.literal(false), error: z.enum(['ambiguous', 'not_found']) }),
  z.object({ key: OrderKey, found: z.literal(true), text: Text, masked: z.boolean(), spot: Spot }),
]);
export type RawProfileField = z.infer<typeof RawProfileField>;

/**
 * What the page sends for "Capture order": plain, masked data that the panel parses into a CaptureResult
 * (lib/capture/parse-capture.ts). `error` says why the page could read no more than its URL and title.
 */
export const RawCapture = z.object({
  url: Text,
  title: Text,
  pairs: z.array(RawPair).max(20_000),
  lists: z.array(RawList).max(50),
  sections: z.array(Locator.nullable()).max(2_000),
  refused: z.array(Text).max(1_000),
  idLabels: z.array(Text).max(1_000),
  profile: z.array(RawProfileField).max(40),
  cardMasked: z.boolean(),
  idMasked: z.boolean(),
  error: z.string().max(1000).optional(),
});
export type RawCapture = z.infer<typeof RawCapture>;
