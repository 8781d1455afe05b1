import { z } from 'zod';
import { DateOrder, FieldLocator, PortalCurrency, ProfileFields } from './profile-fields';
import { FillPin } from './fill';
import { PortalZone } from './iana-zone';

export { FieldLocator };

const isOrigin = (origin: string) => {
  try {
    return new URL(origin).origin === origin;
  } catch {
    // Text that is no URL is no origin: the schema refuses it with the message below.
    return false;
  }
};

/** What CancelDesk has learnt about one portal: its zone, date order, currency and taught fields. */
export const SiteProfile = z.object({
  origin: z.string().max(500).refine(isOrigin, 'expected an origin like https://portal.example.com'),
  /** IANA zone the portal's offset-less times are in. */
  zone: PortalZone,
  dateOrder: DateOrder.optional(),
  currency: PortalCurrency.optional(),
  fields: ProfileFields,
  /** Form fields the agent pointed out for the filler, one per key; they win over any label. */
  formPins: z.array(FillPin).max(40).optional(),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
