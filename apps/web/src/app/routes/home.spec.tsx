import type { ActionSummary, DashboardResponse, MeResponse } from '@steerline/contracts';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

// happy-dom has no canvas to draw on; the chart's own module is stood in for by its accessible element.
vi.mock('../../features/dashboard/components/rag-chart', async () => {
  const { chartSummary } = await import('../../features/dashboard/rag-summary');
  return { default: ({ rows }: { rows: DashboardResponse['ragByPriority'] }) => <canvas role="img" aria-label={chartSummary(rows)} /> };
});

const me: MeResponse = {
  id: 'u-5',
  email: 'partner@steerline.example',
  name: 'Pat Partner',
  isAdmin: false,
  partner: { id: 'pa-1', name: 'Barclays Digital Eagles' },
  bodies: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group' }],
  permissions: ['plan:read'],
};

const action: ActionSummary = {
  id: 'a-9',
  reference: 'DI-009',
  title: 'Drop-in at the library',
  priority: { id: 'p-1', number: 1, title: 'Support and promote awareness' },
  owner: { id: 'u-5', name: 'Pat Partner' },
  owningBody: { id: 'b-4', name: 'External digital steering group' },
  status: 'in_progress',
  rag: 'red',
  percentComplete: 40,
  startDate: '2025-01-01',
  dueDate: '2025-03-31',
  overdue: true,
  blocked: false,
  lastUpdateAt: null,
  version: 1,
};

const dashboard: DashboardResponse = {
  ragByPriority: [
    { priority: { id: 'p-1', number: 1, title: 'Support and promote awareness' }, red: 1, amber: 0, green: 2, blue: 0, grey: 0, total: 3 },
    { priority: { id: 'p-2', number: 2, title: 'Target the most vulnerable' }, red: 0, amber: 1, green: 0, blue: 0, grey: 1, total: 2 },
  ],
  overdue: { items: [action], total: 21 },
  milestonesDueSoon: { items: [{ id: 'm-1', title: 'Venue booked', dueDate: '2026-06-05', action: { id: 'a-9', reference: 'DI-009', title: 'Drop-in at the library' } }], total: 1 },
  myActionsNeedingUpdate: { items: [action], total: 1 },
  riskReviewsOverdue: {
    items: [
      {
        id: 'r-1', reference: 'R-004', title: 'The Forum withdraws drop-in space', owner: { id: 'u-3', name: 'Bola Board' }, likelihood: 3, impact: 4,
        score: 12, targetScore: 4, status: 'open', reviewDate: '2026-05-31', reviewOverdue: true, version: 2,
      },
    ],
    total: 1,
  },
};

function openDashboard() {
  fakeApi({ 'GET /api/auth/session': signedInAs(me), 'GET /api/dashboard': { status: 200, body: dashboard } });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: ['/'] })} />
    </AppProvider>,
  );
}

describe('the dashboard', () => {
  it('shows the RAG counts per priority as a table, each count leading to those actions', async () => {
    openDashboard();

    const table = await screen.findByRole('table', { name: /Number of actions by priority and RAG rating/ });
    const firstRow = within(table).getByRole('rowheader', { name: /Priority 1/ }).closest('tr')!;
    expect(within(firstRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1 action rated Red, priority 1',
      '0',
      '2 actions rated Green, priority 1',
      '0',
      '0',
      '3 actions in all, priority 1',
    ]);
    expect(within(firstRow).getByRole('link', { name: '2 actions rated Green, priority 1' }).getAttribute('href')).toBe('/actions?priority=1&rag=green');
    const totalsRow = within(table).getByRole('rowheader', { name: 'All priorities' }).closest('tr')!;
    expect(within(totalsRow).getByRole('link', { name: '5 actions in all, all priorities' }).getAttribute('href')).toBe('/actions');
    expect(within(totalsRow).getByRole('link', { name: '1 action rated Amber, all priorities' }).getAttribute('href')).toBe('/actions?rag=amber');
  });

  it('gives the chart a summary in words, beside a key that names each colour', async () => {
    openDashboard();

    const chart = await screen.findByRole('img', { name: /^Stacked bar chart/ });
    expect(chart.getAttribute('aria-label')).toContain('Priority 1: 1 Red, 2 Green. Priority 2: 1 Amber, 1 Grey (not started).');
    const key = screen.getByRole('list', { name: 'Key to the chart' });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Red', 'Amber', 'Green', 'Blue (complete)', 'Grey (not started)']);
  });

  it('lists overdue actions, milestones due soon and the user’s actions needing an update, each linking to the action', async () => {
    openDashboard();
    await screen.findByRole('heading', { name: 'Overdue actions' });

    const overdue = screen.getByRole('region', { name: 'Overdue actions' });
    expect(within(overdue).getByRole('link', { name: 'DI-009: Drop-in at the library' }).getAttribute('href')).toBe('/actions/a-9');
    expect(within(overdue).getByText('Due 31 March 2025. Owner: Pat Partner')).toBeTruthy();
    expect(within(overdue).getByText('Showing 1 of 21 overdue actions, most overdue first.')).toBeTruthy();
    expect(within(overdue).getByRole('link', { name: 'View all overdue actions' }).getAttribute('href')).toBe('/actions?overdue=true');

    const milestones = screen.getByRole('region', { name: 'Milestones due in the next 30 days' });
    expect(milestones.textContent).toContain('Venue booked, due 5 June 2026');
    expect(within(milestones).getByRole('link', { name: 'DI-009: Drop-in at the library' }).getAttribute('href')).toBe('/actions/a-9');

    const mine = screen.getByRole('region', { name: 'My actions needing an update' });
    expect(within(mine).getByText('No progress update yet')).toBeTruthy();
    expect(within(mine).getByRole('link', { name: 'View all my actions needing an update' }).getAttribute('href')).toBe('/actions?owner=me&stale=true');
  });

  it('lists risks whose review is overdue, each linking to the risk', async () => {
    openDashboard();
    const risks = await screen.findByRole('region', { name: 'Overdue risk reviews' });
    expect(within(risks).getByRole('link', { name: 'R-004: The Forum withdraws drop-in space' }).getAttribute('href')).toBe('/risks/r-1');
    expect(within(risks).getByText('Review was due 31 May 2026. Score 12. Owner: Bola Board')).toBeTruthy();
    expect(within(risks).getByRole('link', { name: 'View the risk register' }).getAttribute('href')).toBe('/risks');
  });

  it('says who is signed in and lists their governance bodies', async () => {
    openDashboard();

    expect(await screen.findByText('Signed in as Pat Partner (partner@steerline.example)')).toBeTruthy();
    expect(document.title).toBe('Dashboard - Steerline');
    const bodies = screen.getByRole('region', { name: 'Your governance bodies' });
    expect(within(bodies).getByText('External digital steering group')).toBeTruthy();
  });

  it('does not ask for the plan for someone in no body yet, who may not read it, and says why it is not there', async () => {
    const api = fakeApi({ 'GET /api/auth/session': signedInAs({ ...me, partner: null, bodies: [], permissions: [] }) });
    render(
      <AppProvider queryClient={createQueryClient()}>
        <AppRouter router={createMemoryRouter(routes, { initialEntries: ['/'] })} />
      </AppProvider>,
    );

    expect(await screen.findByText('You will see the action plan here once an administrator adds you to one of its governance bodies.')).toBeTruthy();
    expect(screen.getByText('You are not a member of any governance body yet.')).toBeTruthy();
    const asked = api.requests.map((request) => request.route);
    expect(asked).toContain('GET /api/auth/session');
    expect(asked.filter((route) => route.startsWith('GET /api/dashboard') || route.startsWith('GET /api/strategy'))).toEqual([]);
  });
});
