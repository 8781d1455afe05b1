/** What a fill description template may refer to; each is taken from the case when "Fill form" runs. */
export const FILL_DESCRIPTION_VARIABLES = [
  'orderNo',
  'amount',
  'paidAt',
  'action',
  'reason',
  'merchantName',
  'agent',
  'phone',
] as const;
export type FillDescriptionVariable = (typeof FILL_DESCRIPTION_VARIABLES)[number];

const PLACEHOLDER = /\{(\w+)\}/g;

/** Placeholders in a description template that are not description variables (a typo such as {orderno}). */
export function unknownDescriptionVariables(text: string): string[] {
  const known: readonly string[] = FILL_DESCRIPTION_VARIABLES;
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.includes(name)))];
}

/** Replaces the description variables in a template; anything else in braces is left as written. */
export function renderFillDescription(text: string, values: Record<FillDescriptionVariable, string>): string {
  return text
    .replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(values, name) ? values[name as FillDescriptionVariable] : whole,
    )
    .trim();
}
