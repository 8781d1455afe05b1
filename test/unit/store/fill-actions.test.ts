import { describe, expect, it } from 'vitest';
import type { FillReport } from '../../../lib/schema/fill';
import { loggedReport } from '../../../lib/store/fill-actions';

const ID_MASK = { keepStart: 3, keepEnd: 4 };
const report = (overrides: Partial<FillReport>): FillReport => ({
  outcomes: [],
  snapshot: {
    url: 'https://portal.example/apply',
    entries: [
      { kind: 'text', key: 'orderNo', label: 'x', locator: { path: ['#x'] }, before: 'secret', after: 'T1' },
    ] as never,
  },
  ...overrides,
});

describe('loggedReport: what the case log keeps of a fill', () => {
  it.each([
    {
      where: 'a field label',
      outcome: { key: 'description', label: '卡号 6222021234567894', outcome: 'filled' } as const,
      field: 'label',
      masked: '卡号 622202******7894',
    },
    {
      where: "the page's validation message",
      outcome: {
        key: 'orderNo',
        label: '订单号',
        outcome: 'failed',
        message: '身份证 110105199003071239 不符',
      } as const,
      field: 'message',
      masked: '身份证 110***********1239 不符',
    },
    {
      where: 'a written value',
      outcome: { key: 'description', label: '说明', outcome: 'filled', value: 'card 4111 1111 1111 1111' } as const,
      field: 'value',
      masked: 'card 4111 11** **** 1111',
    },
  ])('masks card and ID numbers in $where', ({ outcome, field, masked }) => {
    const logged = loggedReport(report({ outcomes: [outcome] }), ID_MASK);
    expect((logged.outcomes[0] as Record<string, unknown>)[field]).toBe(masked);
  });

  it('keeps the conflict with its page value masked, and never what the fields held before', () => {
    const logged = loggedReport(
      report({ conflict: { key: 'orderNo', label: '原订单号', pageValue: '6222021234567894', caseValue: 'T1' } }),
      ID_MASK,
    );
    expect(logged.conflict?.pageValue).toBe('622202******7894');
    expect(JSON.stringify(logged)).not.toContain('secret');
    expect(logged.url).toBe('https://portal.example/apply');
  });
});
