// Written against zod's core classes and functions, so it repairs through chained and mini schemas alike.
import {
  $ZodArray,
  $ZodDefault,
  $ZodNullable,
  $ZodObject,
  $ZodOptional,
  $ZodRecord,
  parse,
  safeParse,
  type $ZodType as Schema,
  type output,
} from 'zod/v4/core';

/**
 * A stored value read back through its schema: a valid one as it is; a damaged one keeps every valid field
 * (inside nested objects too) and every valid list item or record entry, and the rest falls back to the
 * schema's defaults. The schema must have a default for the value as a whole, used when nothing can be kept.
 */
export function repair<S extends Schema>(schema: S, raw: unknown): output<S> {
  const direct = safeParse(schema, raw);
  if (direct.success) return direct.data;
  const salvaged = safeParse(schema, salvage(schema, raw));
  return salvaged.success ? salvaged.data : parse(schema, undefined);
}

const accepts = (schema: Schema, value: unknown) => safeParse(schema, value).success;

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** The parts of `raw` the schema accepts; undefined where nothing can be kept, so a default applies. */
function salvage(schema: Schema, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (schema instanceof $ZodDefault) {
    const inner = schema._zod.def.innerType;
    const kept = salvage(inner, raw);
    if (accepts(inner, kept)) return kept;
    // A required field that had to go is taken from the default, so its valid siblings still count.
    const fallback: unknown = schema._zod.def.defaultValue;
    const merged = isRecord(kept) && isRecord(fallback) ? { ...fallback, ...kept } : undefined;
    return merged && accepts(inner, merged) ? merged : undefined;
  }
  if (schema instanceof $ZodOptional || schema instanceof $ZodNullable) {
    const inner = schema._zod.def.innerType;
    const kept = salvage(inner, raw);
    return accepts(inner, kept) ? kept : undefined;
  }
  if (schema instanceof $ZodObject) {
    if (!isRecord(raw)) return undefined;
    const fields = Object.entries(schema._zod.def.shape).flatMap(([key, field]) => {
      const kept = salvage(field, raw[key]);
      return kept !== undefined && accepts(field, kept) ? [[key, kept] as const] : [];
    });
    return Object.fromEntries(fields);
  }
  if (schema instanceof $ZodArray) {
    if (!Array.isArray(raw)) return undefined;
    // List items are kept whole or not at all: half of a template or a profile is not what the agent saved.
    const kept = raw.filter((item) => accepts(schema._zod.def.element, item));
    const issues = safeParse(schema, kept).error?.issues ?? [];
    const tooBig = issues.find((i) => i.code === 'too_big' && i.path.length === 0);
    return tooBig?.code === 'too_big' ? kept.slice(0, Number(tooBig.maximum)) : kept;
  }
  if (schema instanceof $ZodRecord) {
    if (!isRecord(raw)) return undefined;
    const { keyType, valueType } = schema._zod.def;
    return Object.fromEntries(
      Object.entries(raw).filter(([key, value]) => accepts(keyType, key) && accepts(valueType, value)),
    );
  }
  return raw;
}
