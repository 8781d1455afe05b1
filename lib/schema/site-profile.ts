import { z } from 'zod';
import { OrderKey } from './capture';
import { FillPin } from './fill';
import { PortalZone } from './iana-zone';

const Selector = z.string().min(1).max(2000);

/** One way to find a taught field again; a profile keeps several per field and tries them in order. */
export const FieldLocator = z.discriminatedUnion('kind', [
  /** The value sits next to a label with this text. */
  z.object({ kind: z.literal('label'), text: z.string().min(1).max(200) }),
  /** An element with this role and accessible name (from aria-label, a <label>, title; never its content). */
  z.object({ kind: z.literal('role'), role: z.string().min(1).max(64), name: z.string().min(1).max(200) }),
  /** A stable attribute: id, name or a test id. */
  z.object({
    kind: z.literal('attr'),
    name: z
      .string()
      .regex(/^[A-Za-z_][-A-Za-z0-9_.:]*$/)
      .max(64),
    value: z.string().min(1).max(500),
  }),
  /** A CSS selector in the innermost root; framePath leads there through iframes and shadow hosts. */
  z.object({ kind: z.literal('css'), selector: Selector, framePath: z.array(Selector).max(15).optional() }),
]);
export type FieldLocator = z.infer<typeof FieldLocator>;

const isOrigin = (origin: string) => {
  try {
    return new URL(origin).origin === origin;
  } catch {
    return false;
  }
};

/** What CancelDesk has learnt about one portal: its zone, date order, currency and taught fields. */
export const SiteProfile = z.object({
  origin: z.string().max(500).refine(isOrigin, 'expected an origin like https://portal.example.com'),
  /** IANA zone the portal's offset-less times are in. */
  zone: PortalZone,
  /** How the portal writes numeric dates such as 05/11/2026. */
  dateOrder: z.enum(['ymd', 'dmy', 'mdy']).optional(),
  /** What ¥, ￥ and 元 mean on this portal, when not CNY. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  fields: z.partialRecord(OrderKey, z.array(FieldLocator).min(1).max(8)),
  /** Form fields the agent pointed out for the filler, one per key; they win over any label. */
  formPins: z.array(FillPin).max(40).optional(),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
