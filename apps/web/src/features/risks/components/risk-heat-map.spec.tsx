import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RiskHeatMap } from './risk-heat-map';

const risks = [
  { likelihood: 3, impact: 4 },
  { likelihood: 3, impact: 4 },
  { likelihood: 5, impact: 5 },
  { likelihood: 1, impact: 2 },
];

/** The count in each cell of the chart and of the table, keyed "likelihood,impact". */
function counts(container: HTMLElement) {
  const chart = [...container.querySelectorAll<HTMLElement>('[data-testid="heat-map-chart"] [data-count]')].map((cell) => [
    `${cell.dataset.likelihood},${cell.dataset.impact}`,
    Number(cell.dataset.count),
  ]);
  const table = [...within(screen.getByRole('table')).getAllByRole('cell')].map((cell) => [`${cell.dataset.likelihood},${cell.dataset.impact}`, Number(cell.textContent)]);
  return { chart: Object.fromEntries(chart) as Record<string, number>, table: Object.fromEntries(table) as Record<string, number> };
}

describe('risk heat map', () => {
  it('puts each risk in the cell of its likelihood and impact, in the chart and the table alike', () => {
    const { container } = render(<RiskHeatMap risks={risks} />);
    const { chart, table } = counts(container);
    expect(Object.keys(table)).toHaveLength(25);
    expect(chart).toEqual(table);
    expect(table['3,4']).toBe(2);
    expect(table['5,5']).toBe(1);
    expect(table['1,2']).toBe(1);
    expect(Object.values(table).reduce((sum, n) => sum + n, 0)).toBe(4);
  });

  it('labels the table rows by likelihood in words, highest first, and hides only the chart from assistive technology', () => {
    const { container } = render(<RiskHeatMap risks={[]} />);
    const rows = within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rows).toEqual(['5 – Almost certain', '4 – Likely', '3 – Possible', '2 – Unlikely', '1 – Rare']);
    expect(container.querySelector('[data-testid="heat-map-chart"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('table').getAttribute('aria-hidden')).toBeNull();
  });
});
