type AsyncAction = (...args: never[]) => Promise<unknown>;

/**
 * Stand-ins for a group of async actions whose code loads on first use: each call waits for the group once,
 * then runs the real action. `names` lists every action of the group; `load` is called at most once.
 */
export function deferredActions<T extends { [K in N]: AsyncAction }, N extends keyof T>(
  load: () => Promise<T>,
  names: readonly N[],
): Pick<T, N> {
  let loading: Promise<T> | null = null;
  const once = () => (loading ??= load());
  return Object.fromEntries(
    names.map((name) => [
      name,
      async (...args: never[]) => ((await once())[name] as (...a: never[]) => Promise<unknown>)(...args),
    ]),
  ) as unknown as Pick<T, N>;
}
