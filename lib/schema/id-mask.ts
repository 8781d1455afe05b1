import * as z from 'zod/mini';

/** A regular expression for an ID number of another kind (a passport, a Hong Kong ID), as settings keep it. */
export const IdPattern = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((source) => {
    try {
      return !new RegExp(source, 'u').test('');
    } catch {
      // An expression that does not compile is refused, with the message below.
      return false;
    }
  }, 'a regular expression that matches some text, never the empty text'),
);

/** How ID numbers are masked: how many characters stay at each end, and which other kinds of ID to find. */
export const IdMask = z.object({
  keepStart: z.number().check(z.int(), z.minimum(0), z.maximum(8)),
  keepEnd: z.number().check(z.int(), z.minimum(0), z.maximum(8)),
  /** Other ID numbers to find and mask like a resident ID (regular expressions, from settings). */
  patterns: z.optional(z.array(IdPattern).check(z.maxLength(20))),
});
export type IdMask = z.infer<typeof IdMask>;
