// Known up front for the portals' usual currencies (as Intl reports them), so most calls need no Intl locale data.
const digitsOf = new Map<string, number>([
  ...['CNY', 'HKD', 'MOP', 'TWD', 'USD', 'EUR', 'GBP', 'SGD'].map((c): [string, number] => [c, 2]),
  ['JPY', 0],
]);

/** How many minor units a currency's major unit has (JPY 0, CNY 2, KWD 3); 2 when no or an unknown currency. */
export function minorDigits(currency: string | undefined): number {
  if (!currency) return 2;
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      // Not an ISO 4217 code Intl knows: two digits, the common case, rather than refusing the amount.
      digits = 2;
    }
    digitsOf.set(currency, digits);
  }
  return digits;
}
