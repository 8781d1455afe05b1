/** An address's percent escapes decoded ("%20" → " "), so an encoded card is read as a person reads it. */
export function percentDecoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    // Malformed escapes: decode the ones that are well formed, so a masked number cannot hide behind them.
    return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}
