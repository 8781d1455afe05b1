// zod's core reads the errors of every zod schema, chained or mini, without pulling the chained API in.
import { $ZodError, prettifyError } from 'zod/v4/core';

/** A zod error as readable lines: each issue with the path it is at. */
export function formatZodError(error: $ZodError): string {
  return prettifyError(error);
}

/** Any thrown value as text for a message: zod issues prettified, an Error's message, anything else as a string. */
export function describeError(e: unknown): string {
  if (e instanceof $ZodError) return formatZodError(e);
  if (e instanceof Error) return e.message;
  return String(e);
}

const logged = new Set<string>();

/** Logs an error with where it happened, once per distinct message, so a repeating failure does not flood the console. */
export function logOnce(context: string, e: unknown): void {
  const message = `${context}: ${describeError(e)}`;
  if (logged.has(message)) return;
  // A long-lived worker could meet endless distinct messages; forgetting old ones only risks a repeat line.
  if (logged.size >= 500) logged.clear();
  logged.add(message);
  console.error(`[CancelDesk] ${message}`, e);
}
