/**
 * Remembers the last `limit` results of a pure function, keyed by text. The panel re-evaluates the same order
 * on every edit and clock tick, and Temporal zone arithmetic is most of an evaluation's cost.
 */
export function boundedMemo<A extends unknown[], V>(
  limit: number,
  keyOf: (...args: A) => string,
  compute: (...args: A) => V,
): (...args: A) => V {
  const cache = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(...args);
    // Map keeps insertion order: the first key is the oldest.
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}
