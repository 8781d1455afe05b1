import { describe, expect, it } from 'vitest';
import { sortForWork } from '../../../lib/store/sort-cases';
import type { CaseRecord } from '../../../lib/schema/case';
import { makeCaseRecord } from '../../builders/case';

const at = (h: number) => `2026-11-24T${String(h).padStart(2, '0')}:00:00.000Z`;
const c = (orderNo: string, overrides: Partial<CaseRecord>) => makeCaseRecord({ orderNo, ...overrides });

describe('sortForWork', () => {
  it.each([
    {
      name: 'open cases with a deadline come first, soonest first',
      cases: [c('late', { deadline: at(20) }), c('soon', { deadline: at(3) }), c('none', { updatedAt: at(9) })],
      order: ['soon', 'late', 'none'],
    },
    {
      name: 'finished cases come last even when their deadline is near',
      cases: [
        c('closed', { status: 'closed', deadline: at(1) }),
        c('review', { status: 'under_review', deadline: at(5) }),
      ],
      order: ['review', 'closed'],
    },
    {
      name: 'without deadlines, most recently updated first',
      cases: [
        c('old', { updatedAt: at(1) }),
        c('new', { updatedAt: at(8) }),
        c('approved', { status: 'approved', updatedAt: at(9) }),
      ],
      order: ['new', 'old', 'approved'],
    },
  ])('$name', ({ cases, order }) => {
    expect(sortForWork(cases).map((x) => x.orderNo)).toEqual(order);
  });

  it('leaves its input as it was', () => {
    const cases = [c('b', { deadline: at(5) }), c('a', { deadline: at(2) })];
    sortForWork(cases);
    expect(cases.map((x) => x.orderNo)).toEqual(['b', 'a']);
  });
});
