/**
 * A few shape checks for what the panel sends the page, small enough for the content script: zod stays in the
 * panel, which validates every reply. Each check returns the value it accepts (objects keep only their known
 * keys, as zod's do) or throws a Refused that names the path; checkRequest turns that into a reply.
 */
export type Check<T> = (value: unknown, path: string) => T;

/** What a check threw: the path of the first value that did not fit, and what was expected there. */
export class Refused extends Error {}

const refuse = (path: string, expected: string): never => {
  throw new Refused(`${path || 'data'}: expected ${expected}`);
};

/** A string of min to max characters, matching `re` when given. */
export const str =
  (min = 0, max = Number.MAX_SAFE_INTEGER, re?: RegExp): Check<string> =>
  (v, path) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!re || re.test(v))
      ? v
      : refuse(path, `a string of ${min} to ${max} characters${re ? ` like ${re.source}` : ''}`);

/** A safe integer from min to max. */
export const int =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (v, path) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max
      ? (v as number)
      : refuse(path, `a whole number from ${min} to ${max}`);

/** One of a few words. */
export const oneOf =
  <T extends string>(words: readonly T[]): Check<T> =>
  (v, path) =>
    words.includes(v as T) ? (v as T) : refuse(path, `one of ${words.join(', ')}`);

/** The value exactly. */
export const literal =
  <T extends string>(word: T): Check<T> =>
  (v, path) =>
    v === word ? word : refuse(path, JSON.stringify(word));

/** Nothing at all. */
export const none: Check<undefined> = (v, path) => (v === undefined ? undefined : refuse(path, 'nothing'));

/** Anything, unchecked: for a value a later check reads. */
export const anything: Check<unknown> = (v) => v;

/** Absent, or what `check` accepts. */
export const opt =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);

/** An array of min to max items. */
export const arr =
  <T>(item: Check<T>, min = 0, max = Number.MAX_SAFE_INTEGER): Check<T[]> =>
  (v, path) =>
    Array.isArray(v) && v.length >= min && v.length <= max
      ? v.map((x, i) => item(x, `${path}.${i}`))
      : refuse(path, `a list of ${min} to ${max} items`);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** An object with these keys; others are dropped, and an absent optional key stays absent. */
export const obj =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (v, path) => {
    if (!isObject(v)) return refuse(path, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(v[key], path ? `${path}.${key}` : key);
      if (key in v) out[key] = value;
    }
    return out as Out<S>;
  };

/** An object whose keys `key` accepts, up to max of them, each value checked. */
export const record =
  <K extends string, T>(key: Check<K>, value: Check<T>, max = Number.MAX_SAFE_INTEGER): Check<Partial<Record<K, T>>> =>
  (v, path) => {
    if (!isObject(v) || Object.keys(v).length > max) return refuse(path, `an object of up to ${max} keys`);
    const out: Partial<Record<K, T>> = {};
    for (const [k, x] of Object.entries(v)) out[key(k, `${path}.${k}`)] = value(x, `${path}.${k}`);
    return out;
  };

/** An object whose `kind` picks the check. */
export const byKind =
  <T>(checks: Record<string, Check<T>>): Check<T> =>
  (v, path) => {
    const kind = isObject(v) && typeof v.kind === 'string' ? v.kind : '';
    const check = Object.hasOwn(checks, kind) ? checks[kind] : undefined;
    return check ? check(v, path) : refuse(`${path}.kind`, `one of ${Object.keys(checks).join(', ')}`);
  };

/** Runs a check at the boundary: the value it accepts, or why not, never a throw. */
export function checkRequest<T>(
  check: Check<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; detail: string } {
  try {
    return { ok: true, data: check(value, '') };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, detail: e.message.slice(0, 1000) };
    throw e;
  }
}
