import type { PriorityRagCounts } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { chartSummary, totals } from './rag-summary';

const row = (number: number, counts: Partial<Omit<PriorityRagCounts, 'priority' | 'total'>>): PriorityRagCounts => {
  const full = { red: 0, amber: 0, green: 0, blue: 0, grey: 0, ...counts };
  const total = full.red + full.amber + full.green + full.blue + full.grey;
  return { priority: { id: `p-${number}`, number, title: `Priority title ${number}` }, ...full, total };
};

describe('the RAG chart in words', () => {
  it('names each priority with its ratings, most severe first, and says where the figures are', () => {
    expect(chartSummary([row(1, { green: 1, red: 2 }), row(2, {}), row(3, { grey: 1, blue: 3 })])).toBe(
      'Stacked bar chart of the RAG ratings of actions by priority. ' +
        'Priority 1: 2 Red, 1 Green. Priority 2: no actions. Priority 3: 3 Blue (complete), 1 Grey (not started). ' +
        'The table below gives the same figures.',
    );
  });
});

describe('the totals row', () => {
  it('adds up every priority', () => {
    expect(totals([row(1, { green: 1, red: 2 }), row(2, { red: 1, amber: 4 })])).toEqual({ red: 3, amber: 4, green: 1, blue: 0, grey: 0, total: 8 });
  });
});
