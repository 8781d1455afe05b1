import { z } from 'zod';
import { OrderKey } from './capture';

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

/** How a portal writes numeric dates such as 05/11/2026. */
export const DateOrder = z.enum(['ymd', 'dmy', 'mdy']);

/** What ¥, ￥ and 元 mean on a portal, when not CNY. */
export const PortalCurrency = z.string().regex(/^[A-Z]{3}$/);

/** A site profile's taught fields: up to 8 locators each, tried in order. */
export const ProfileFields = z.partialRecord(OrderKey, z.array(FieldLocator).min(1).max(8));

/**
 * What the page reads a site profile for. Its zone is only a name here: the panel checks it and sends the
 * zone's offsets with the capture request, so the page carries no zone database.
 */
export const PageProfile = z.object({
  zone: z.string().max(64),
  dateOrder: DateOrder.optional(),
  currency: PortalCurrency.optional(),
  fields: ProfileFields,
});
export type PageProfile = z.infer<typeof PageProfile>;
