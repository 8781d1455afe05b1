import { z } from 'zod';

/**
 * A stored value read back through its schema: a valid one as it is; a damaged one keeps every valid field
 * (inside nested objects too) and every valid list item or record entry, and the rest falls back to the
 * schema's defaults. The schema must have a default for the value as a whole, used when nothing can be kept.
 */
export function repair<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const direct = schema.safeParse(raw);
  if (direct.success) return direct.data;
  const salvaged = schema.safeParse(salvage(schema, raw));
  return salvaged.success ? salvaged.data : schema.parse(undefined);
}

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** The parts of `raw` the schema accepts; undefined where nothing can be kept, so a default applies. */
function salvage(schema: z.ZodType, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (schema instanceof z.ZodDefault) {
    const inner = schema.def.innerType as z.ZodType;
    const kept = salvage(inner, raw);
    if (inner.safeParse(kept).success) return kept;
    // A required field that had to go is taken from the default, so its valid siblings still count.
    const fallback: unknown = schema.def.defaultValue;
    const merged = isRecord(kept) && isRecord(fallback) ? { ...fallback, ...kept } : undefined;
    return merged && inner.safeParse(merged).success ? merged : undefined;
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    const inner = schema.def.innerType as z.ZodType;
    const kept = salvage(inner, raw);
    return inner.safeParse(kept).success ? kept : undefined;
  }
  if (schema instanceof z.ZodObject) {
    if (!isRecord(raw)) return undefined;
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
      const kept = salvage(field, raw[key]);
      return kept !== undefined && field.safeParse(kept).success ? [[key, kept] as const] : [];
    });
    return Object.fromEntries(fields);
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(raw)) return undefined;
    // List items are kept whole or not at all: half of a template or a profile is not what the agent saved.
    const kept = raw.filter((item) => (schema.element as z.ZodType).safeParse(item).success);
    const tooBig = schema.safeParse(kept).error?.issues.find((i) => i.code === 'too_big' && i.path.length === 0);
    return tooBig?.code === 'too_big' ? kept.slice(0, Number(tooBig.maximum)) : kept;
  }
  if (schema instanceof z.ZodRecord) {
    if (!isRecord(raw)) return undefined;
    const keyType = schema.keyType as z.ZodType;
    const valueType = schema.valueType as z.ZodType;
    return Object.fromEntries(
      Object.entries(raw).filter(
        ([key, value]) => keyType.safeParse(key).success && valueType.safeParse(value).success,
      ),
    );
  }
  return raw;
}
