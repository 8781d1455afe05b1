import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkMessage, onMessage, removeAllListeners, type ProtocolMap } from '../../lib/messaging';
import { makeFillRequest } from '../builders/fill-request';
import { BASE, EXTENSION, REFUSED, SENDERS, type SenderName } from '../builders/senders';

const envelope = (type: keyof ProtocolMap, data: unknown, sender: unknown) => ({
  id: 1,
  type,
  data,
  timestamp: 1,
  sender,
});

const CAPTURE = { idMask: { keepStart: 3, keepEnd: 4 } };

describe('checkMessage: who may send what', () => {
  const cases: [keyof ProtocolMap, unknown, SenderName[]][] = [
    // Messages for the content script: any page of the extension, or its worker.
    ['capture', CAPTURE, EXTENSION],
    ['fill', makeFillRequest(), EXTENSION],
    ['undoFill', undefined, EXTENSION],
    ['pick', { idMask: CAPTURE.idMask }, EXTENSION],
    // Shortcuts for the panels: only from a context in no tab (the worker).
    ['panelCommand', { command: 'fill-form' }, ['worker', 'workerWithOrigin', 'firefoxBackground', 'sidePanel']],
  ];
  for (const [type, data, allowed] of cases) {
    it.each(Object.keys(SENDERS) as SenderName[])(`${type} from %s`, (name) => {
      const checked = checkMessage(type, envelope(type, data, SENDERS[name]));
      if (allowed.includes(name)) expect(checked).toEqual({ ok: true, data });
      else {
        expect(checked).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
        expect(!checked.ok && checked.error.detail).toMatch(/^sender refused: sender/);
      }
    });
  }

  it.each(REFUSED)('refuses %s for every message type', (name) => {
    for (const type of [
      'ping',
      'capture',
      'highlight',
      'pick',
      'sensitiveRects',
      'fill',
      'undoFill',
      'panelCommand',
    ] as const) {
      expect(checkMessage(type, envelope(type, undefined, SENDERS[name])).ok).toBe(false);
    }
  });

  it('refuses everything once the extension context is gone (no runtime id)', () => {
    expect(checkMessage('ping', envelope('ping', undefined, { id: '' }), { id: undefined, base: BASE }).ok).toBe(false);
    expect(checkMessage('ping', envelope('ping', undefined, SENDERS.sidePanel), { id: undefined, base: BASE }).ok).toBe(
      false,
    );
  });

  it.each([
    ['a capture with no ID mask', 'capture', { profile: {} }],
    ['a capture with extra junk only', 'capture', 'idMask'],
    ['a fill with no values', 'fill', {}],
    ['a shortcut that does not exist', 'panelCommand', { command: 'rm -rf' }],
    ['a window that is not a number', 'panelCommand', { command: 'fill-form', windowId: '1' }],
    ['data on a message that takes none', 'undoFill', { count: 1 }],
    ['data on ping', 'ping', 'hello'],
  ] as const)('refuses %s from the panel, as a reply', (_, type, data) => {
    const checked = checkMessage(type, envelope(type, data, SENDERS.sidePanel));
    expect(checked).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!checked.ok && checked.error.detail).toMatch(/^data/);
  });

  it('drops what a request schema does not know', () => {
    expect(
      checkMessage('panelCommand', envelope('panelCommand', { command: 'capture-order', extra: 1 }, SENDERS.worker)),
    ).toEqual({ ok: true, data: { command: 'capture-order' } });
  });

  it.each([
    ['no envelope', null],
    ['a string', 'capture'],
    ['another type', envelope('fill', makeFillRequest(), SENDERS.sidePanel)],
    ['no timestamp', { id: 1, type: 'capture', data: CAPTURE, sender: SENDERS.sidePanel }],
  ])('refuses %s', (_, message) => {
    expect(checkMessage('capture', message)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('onMessage: the check runs before the handler', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => removeAllListeners());

  /** Delivers a message as the browser does, with the sender it names; resolves to what goes back. */
  async function deliver(message: unknown, sender: unknown): Promise<unknown> {
    let reply: unknown;
    await fakeBrowser.runtime.onMessage.trigger(
      message,
      sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1],
      (r: unknown) => (reply = r),
    );
    await vi.waitFor(() => expect(reply).toBeDefined());
    return reply;
  }

  it('answers a refused sender with { ok: false } and never calls the handler', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: { version: 1 as const } }));
    onMessage('ping', handler);
    const refused = await deliver(envelope('ping', undefined, SENDERS.contentScript), SENDERS.contentScript);
    expect(refused).toMatchObject({ res: { ok: false, error: { code: 'invalid_request' } } });
    expect(handler).not.toHaveBeenCalled();

    expect(await deliver(envelope('ping', undefined, undefined), SENDERS.optionsTab)).toEqual({
      res: { ok: true, value: { version: 1 } },
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('checks the sender the browser gives, not one the message claims', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: { handled: true } }));
    onMessage('panelCommand', handler);
    const claimed = { ...envelope('panelCommand', { command: 'fill-form' }, SENDERS.worker) };
    expect(await deliver(claimed, SENDERS.contentScript)).toMatchObject({ res: { ok: false } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed request and the sender', async () => {
    const handler = vi.fn((_message: { data: unknown; sender: unknown }) => ({
      ok: true as const,
      value: { handled: true },
    }));
    onMessage('panelCommand', handler);
    await deliver(
      envelope('panelCommand', { command: 'fill-form', windowId: 1, junk: true }, undefined),
      SENDERS.worker,
    );
    expect(handler.mock.calls[0]?.[0]).toMatchObject({
      type: 'panelCommand',
      data: { command: 'fill-form', windowId: 1 },
      sender: SENDERS.worker,
    });
    expect(handler.mock.calls[0]?.[0].data).not.toHaveProperty('junk');
  });

  it('answers a malformed request with { ok: false }, not a thrown error', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: { handled: true } }));
    onMessage('panelCommand', handler);
    expect(await deliver(envelope('panelCommand', { command: 'nope' }, undefined), SENDERS.worker)).toMatchObject({
      res: { ok: false, error: { code: 'invalid_request' } },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a handler that throws with { ok: false }', async () => {
    onMessage('ping', () => {
      throw new Error('database closed');
    });
    expect(await deliver(envelope('ping', undefined, undefined), SENDERS.sidePanel)).toEqual({
      res: { ok: false, error: { code: 'page_error', detail: 'database closed' } },
    });
  });
});
