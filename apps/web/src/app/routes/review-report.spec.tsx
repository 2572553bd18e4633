import type { CorporatePlanReport, MeResponse, PrioritySummary } from '@steerline/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const CYCLE_ID = '0b7c1a4e-1b2c-4d3e-8f90-123456789abc';

const me: MeResponse = {
  id: 'u-2',
  email: 'leader@steerline.example',
  name: 'Lesley Leader',
  isAdmin: false,
  partner: null,
  bodies: [],
  permissions: ['plan:read'],
};

const count = (n: number, of: number) => ({ count: n, percent: of === 0 ? 0 : Math.round((n / of) * 1000) / 10 });
const summary = (priority: PrioritySummary['priority'], amber: number, green: number): PrioritySummary => {
  const actions = amber + green;
  return {
    priority,
    actions,
    status: { not_started: count(0, actions), in_progress: count(actions, actions), complete: count(0, actions), cancelled: count(0, actions) },
    rag: { red: count(0, actions), amber: count(amber, actions), green: count(green, actions), blue: count(0, actions), grey: count(0, actions) },
    movement: { improved: 0, worse: amber, same: green, new: 0 },
  };
};

const report: CorporatePlanReport = {
  strategyTitle: 'Digital inclusion strategy',
  cycle: { id: CYCLE_ID, name: 'April to September 2026', periodStart: '2026-04-01', periodEnd: '2026-09-30', status: 'board_review', signedOffAt: null, signedOffBy: null },
  draft: true,
  previousCycle: { id: 'c-0', name: 'October 2025 to March 2026' },
  summary: [summary({ number: 6, title: 'Work closely with partners' }, 1, 2)],
  total: summary(null, 1, 2),
  actions: [],
  exceptions: [],
  escalations: [],
  coverage: [{ segment: 'Elderly people reliant on state support', householdShare: 13, actions: 2, redOrAmber: 1 }],
};

describe('Corporate Plan report page', () => {
  it('marks a draft, shows each section as a captioned table, and downloads a format with its progress', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() }));
    fakeApi({
      'GET /api/auth/session': signedInAs(me),
      'GET /api/notifications': { status: 200, body: { items: [], unreadCount: 0 } },
      [`GET /api/reviews/cycles/${CYCLE_ID}/report`]: { status: 200, body: report },
      [`GET /api/reviews/cycles/${CYCLE_ID}/report.csv`]: { status: 200, body: 'section,value' },
    });
    render(
      <AppProvider queryClient={createQueryClient()}>
        <AppRouter router={createMemoryRouter(routes, { initialEntries: [`/reviews/${CYCLE_ID}/report`] })} />
      </AppProvider>,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Corporate Plan report: April to September 2026' })).toBeTruthy();
    expect(screen.getByText(/Draft — not signed off\. The figures can still change/)).toBeTruthy();
    const rag = screen.getByRole('table', { name: 'RAG rating by priority (number of actions and share)' });
    const total = within(rag).getByRole('row', { name: /All priorities/ });
    expect(within(total).getByRole('rowheader').textContent).toBe('All priorities');
    expect(total.textContent).toContain('1 (33.3%)');
    expect(screen.getByText('No action is red or amber.')).toBeTruthy();
    expect(screen.getByRole('table', { name: /very low propensity/ }).textContent).toContain('Elderly people reliant on state support');

    fireEvent.click(screen.getByRole('link', { name: 'CSV file' }));
    expect(await screen.findByText(/The CSV file is ready: corporate-plan-report-april-to-september-2026\.csv/)).toBeTruthy();
    expect(URL.createObjectURL).toHaveBeenCalled();
  });
});
