import type { ActionSummary, MeResponse, Page } from '@steerline/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs, type FakeAnswer } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const partner: MeResponse = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'partner@steerline.example',
  name: 'Pat Partner',
  isAdmin: false,
  partner: { id: 'pa-1', name: 'Barclays Digital Eagles' },
  bodies: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group' }],
  permissions: ['plan:read', 'action:edit-own-body', 'update:post-own'],
};

const overdueAction: ActionSummary = {
  id: 'a-9',
  reference: 'DI-009',
  title: 'Drop-in at the library',
  priority: { id: 'p-1', number: 1, title: 'Support and promote awareness' },
  owner: { id: partner.id, name: 'Pat Partner' },
  owningBody: { id: 'b-4', name: 'External digital steering group' },
  status: 'in_progress',
  rag: 'amber',
  percentComplete: 40,
  startDate: '2025-01-01',
  dueDate: '2025-03-31',
  overdue: true,
  blocked: false,
  lastUpdateAt: null,
  version: 1,
};

const page = (items: ActionSummary[], total = items.length, pageNumber = 1): FakeAnswer => ({
  status: 200,
  body: { items, total, page: pageNumber, pageSize: 25 } satisfies Page<ActionSummary>,
});

function filterOptions() {
  return {
    'GET /api/auth/session': signedInAs(partner),
    'GET /api/priorities': { status: 200, body: [{ id: 'p-1', number: 1, title: 'Support and promote awareness' }] },
    'GET /api/people': { status: 200, body: [{ id: partner.id, name: 'Pat Partner' }] },
    'GET /api/bodies': { status: 200, body: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group', remit: '', memberCount: 1 }] },
    'GET /api/partners': { status: 200, body: [] },
    'GET /api/segments': { status: 200, body: [] },
  } as const;
}

function openAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={router} />
    </AppProvider>,
  );
  return router;
}

describe('the action list page', () => {
  it('shows the filters from the URL and asks the API for that list', async () => {
    const api = fakeApi({ ...filterOptions(), 'GET /api/actions?owner=me&overdue=true&sort=dueDate': page([overdueAction]) });
    openAt('/actions?overdue=true&owner=me&sort=dueDate');

    const row = (await screen.findByRole('link', { name: 'DI-009' })).closest('tr')!;
    expect(within(row).getByText('Amber')).toBeTruthy();
    expect(within(row).getByText('In progress')).toBeTruthy();
    expect(within(row).getByText('Overdue')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 1 to 1 of 1 action');
    expect((screen.getByLabelText('Only overdue actions') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Owner') as HTMLSelectElement).value).toBe('me');
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('dueDate');
    expect(screen.getByRole('columnheader', { name: /Due date/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe('/api/actions/export.csv?owner=me&overdue=true&sort=dueDate');
    expect(screen.getByRole('link', { name: 'Download as Excel' }).getAttribute('href')).toBe('/api/actions/export.xlsx?owner=me&overdue=true&sort=dueDate');
    expect(screen.getByRole('link', { name: 'Create an action' }).getAttribute('href')).toBe('/actions/new');
    expect(api.requests.map((request) => request.route)).toContain('GET /api/actions?owner=me&overdue=true&sort=dueDate');
  });

  it('filters blocked actions and marks each blocked row in words', async () => {
    fakeApi({ ...filterOptions(), 'GET /api/actions?blocked=true': page([{ ...overdueAction, blocked: true }]), 'GET /api/actions': page([overdueAction]) });
    const router = openAt('/actions');
    const row = (await screen.findByRole('link', { name: 'DI-009' })).closest('tr')!;
    expect(within(row).queryByText('Blocked')).toBeNull();

    fireEvent.click(screen.getByLabelText('Blocked'));
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?blocked=true'));
    const blockedRow = (await screen.findByRole('link', { name: 'DI-009' })).closest('tr')!;
    await waitFor(() => expect(within(blockedRow).getByText('Blocked')).toBeTruthy());
  });

  it('puts the submitted filters in the URL and goes back to the first page', async () => {
    fakeApi({
      ...filterOptions(),
      'GET /api/actions?page=3': page([], 60, 3),
      'GET /api/actions?rag=amber&overdue=true': page([overdueAction]),
    });
    const router = openAt('/actions?page=3');

    fireEvent.click(await screen.findByLabelText('Only overdue actions'));
    fireEvent.click(screen.getByLabelText('Amber'));
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByRole('link', { name: 'DI-009' })).toBeTruthy();
    expect(router.state.location.search).toBe('?rag=amber&overdue=true');
  });

  it('keeps the focus on the button that applied the filters, and shows the earlier filters again on going back', async () => {
    fakeApi({
      ...filterOptions(),
      'GET /api/actions': page([]),
      'GET /api/actions?overdue=true': page([overdueAction]),
    });
    const router = openAt('/actions');
    await screen.findByText('There are no actions yet.');

    fireEvent.click(await screen.findByLabelText('Only overdue actions'));
    const apply = screen.getByRole('button', { name: 'Apply filters' });
    apply.focus();
    fireEvent.click(apply);
    await screen.findByRole('link', { name: 'DI-009' });
    expect(document.activeElement).toBe(apply);
    expect(apply.isConnected).toBe(true);

    await router.navigate(-1);
    expect(await screen.findByText('There are no actions yet.')).toBeTruthy();
    expect((screen.getByLabelText('Only overdue actions') as HTMLInputElement).checked).toBe(false);
  });

  it('sorts by a column when its header is chosen, and reverses it the second time', async () => {
    fakeApi({
      ...filterOptions(),
      'GET /api/actions': page([overdueAction]),
      'GET /api/actions?sort=dueDate': page([overdueAction]),
      'GET /api/actions?sort=dueDate&direction=desc': page([overdueAction]),
    });
    const router = openAt('/actions');

    fireEvent.click(await screen.findByRole('link', { name: 'Due date' }));
    expect(router.state.location.search).toBe('?sort=dueDate');
    fireEvent.click(await screen.findByRole('link', { name: /Due date/ }));
    expect(router.state.location.search).toBe('?sort=dueDate&direction=desc');
    expect((await screen.findByRole('columnheader', { name: /Due date/ })).getAttribute('aria-sort')).toBe('descending');
  });

  it('offers pages of a long list, each keeping the filters', async () => {
    fakeApi({ ...filterOptions(), 'GET /api/actions?rag=red&page=2': page([overdueAction], 60, 2) });
    openAt('/actions?rag=red&page=2');

    const pages = await screen.findByRole('navigation', { name: 'Pages of actions' });
    expect(within(pages).getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    expect(within(pages).getByRole('link', { name: 'Page 3' }).getAttribute('href')).toBe('/actions?rag=red&page=3');
    expect(within(pages).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/actions?rag=red');
    expect(screen.getByRole('status').textContent).toBe('Showing 26 to 26 of 60 actions');
  });
});
