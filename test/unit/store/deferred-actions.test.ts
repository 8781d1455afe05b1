import { describe, expect, it, vi } from 'vitest';
import { deferredActions } from '../../../lib/store/deferred-actions';

const group = () => ({
  double: async (n: number) => n * 2,
  join: async (a: string, b: string) => `${a}-${b}`,
  fail: async () => {
    throw new Error('refused');
  },
});

describe('deferredActions', () => {
  it.each([
    { name: 'one argument', call: (a: ReturnType<typeof group>) => a.double(21), result: 42 },
    { name: 'several arguments', call: (a: ReturnType<typeof group>) => a.join('x', 'y'), result: 'x-y' },
  ])('runs the real action with its arguments: $name', async ({ call, result }) => {
    const actions = deferredActions(async () => group(), ['double', 'join', 'fail']);
    await expect(call(actions as ReturnType<typeof group>)).resolves.toBe(result);
  });

  it('loads the group once, however many calls wait for it', async () => {
    const load = vi.fn(async () => group());
    const actions = deferredActions(load, ['double', 'join']);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([actions.double(1), actions.join('a', 'b')]);
    await actions.double(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("passes the real action's refusal on to the caller", async () => {
    const actions = deferredActions(async () => group(), ['fail']);
    await expect(actions.fail()).rejects.toThrow('refused');
  });
});
