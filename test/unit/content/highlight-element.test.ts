import { describe, expect, it, vi } from 'vitest';
import { highlightElement } from '../../../lib/content/highlight-element';

describe('highlightElement', () => {
  it.each([
    ['after its time', (c: AbortController) => void c, 2600],
    ['when the signal aborts', (c: AbortController) => c.abort(), 0],
  ])('outlines the element and removes the outline %s', (_, end, wait) => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    const target = document.createElement('td');
    target.textContent = '433514029871';
    document.body.append(target);
    const controller = new AbortController();
    highlightElement(target, controller.signal);
    expect(document.querySelectorAll('[data-canceldesk-highlight]')).toHaveLength(1);
    end(controller);
    vi.advanceTimersByTime(wait);
    expect(document.querySelectorAll('[data-canceldesk-highlight]')).toHaveLength(0);
    vi.useRealTimers();
  });
});
