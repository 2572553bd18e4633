import type { BodyDetail, BodySummary, MeResponse, Priority, SetupProgress, Strategy } from '@steerline/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const admin: MeResponse = {
  id: 'u-1', email: 'first.admin@council.example', name: 'First Admin', isAdmin: true, partner: null, bodies: [], permissions: ['plan:read', 'admin:manage'],
};
const member: MeResponse = { ...admin, id: 'u-2', isAdmin: false, permissions: ['plan:read'] };

const progress = (done: Partial<Record<string, number>>): SetupProgress => {
  const steps = (['strategy', 'priorities', 'bodies', 'segments', 'people', 'actions'] as const).map((key) => ({ key, count: done[key] ?? 0, done: (done[key] ?? 0) > 0 }));
  return { steps, complete: steps.every((step) => step.done) };
};
const strategy: Strategy = {
  id: 's-1', title: 'Customer access strategy', referencePrefix: 'CA', periodStart: '2026-04-01', periodEnd: null, vision: 'Reach everyone', owningBody: null, version: 1,
};
const priority = (number: number, retired = false): Priority => ({
  id: `p-${number}`, number, title: `Priority title ${number}`, description: '', displayOrder: number, retired, version: 1,
});
const board: BodySummary = { id: 'b-1', name: 'Customer access board', kind: 'channel_shift_board', remit: '', memberCount: 1, reportsTo: null, retired: false, version: 3 };
const group: BodySummary = { ...board, id: 'b-2', name: 'Staff working group', kind: 'internal_working_group', reportsTo: { id: 'b-1', name: 'Customer access board' }, version: 1 };

function openAt(path: string) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </AppProvider>,
  );
}

describe('setting Steerline up', () => {
  it('takes an administrator who signs in before there is a strategy to the checklist, with each step, its count and status', async () => {
    fakeApi({ 'GET /api/auth/session': signedInAs(admin), 'GET /api/setup': { status: 200, body: progress({ people: 2 }) } });
    openAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Steerline' })).toBeTruthy();
    const strategyStep = screen.getByRole('link', { name: 'Set up the strategy' });
    expect(strategyStep.getAttribute('href')).toBe('/admin/strategy');
    expect(strategyStep.closest('li')!.textContent).toContain('To do');
    const peopleStep = screen.getByRole('link', { name: 'Invite people' }).closest('li')!;
    expect(peopleStep.textContent).toContain('2 people besides administrators');
    expect(peopleStep.textContent).toContain('Done');
    expect(screen.getByRole('link', { name: 'Add actions or import a spreadsheet' }).getAttribute('href')).toBe('/admin/import');
    expect(screen.getByText('You have done 1 of 6 steps. Start with the strategy: priorities, bodies and segments belong to it.')).toBeTruthy();
  });

  it('keeps the dashboard for an administrator once the strategy exists', async () => {
    fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/setup': { status: 200, body: progress({ strategy: 1 }) },
      'GET /api/strategy/current': { status: 200, body: { strategy } },
      'GET /api/dashboard': { status: 200, body: { ragByPriority: [], overdue: { items: [], total: 0 }, milestonesDueSoon: { items: [], total: 0 }, myActionsNeedingUpdate: { items: [], total: 0 }, riskReviewsOverdue: { items: [], total: 0 } } },
    });
    openAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
  });

  it.each(['/admin/setup', '/admin/strategy', '/admin/priorities', '/admin/bodies/new'])('tells someone who is not an administrator they may not see %s', async (path) => {
    fakeApi({ 'GET /api/auth/session': signedInAs(member) });
    openAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeTruthy();
  });

  it('sets the strategy up, showing a refused field in the error summary and beside the field', async () => {
    let saves = 0;
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/strategy/current': { status: 200, body: { strategy: null } },
      'GET /api/bodies': { status: 200, body: [] },
      'GET /api/setup': { status: 200, body: progress({ strategy: 1 }) },
      'POST /api/strategy': () =>
        ++saves === 1
          ? { status: 400, body: { error: { code: 'validation_failed', message: 'Not valid', details: [{ field: 'referencePrefix', messages: ['Enter a reference prefix of 1 to 6 capital letters, such as DI'] }] } } }
          : { status: 201, body: strategy },
    });
    openAt('/admin/strategy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up the strategy' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Customer access strategy' } });
    fireEvent.change(screen.getByLabelText('Reference prefix'), { target: { value: 'c4' } });
    fireEvent.change(screen.getByLabelText('Start of the period (optional)'), { target: { value: '2026-04-01' } });
    fireEvent.change(screen.getByLabelText('Vision'), { target: { value: 'Reach everyone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up the strategy' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Enter a reference prefix of 1 to 6 capital letters, such as DI' });
    expect(link.getAttribute('href')).toBe('#strategy-reference-prefix');
    expect(document.getElementById('strategy-reference-prefix-error')?.textContent).toBe('Error: Enter a reference prefix of 1 to 6 capital letters, such as DI');
    expect(api.requests.find((r) => r.route === 'POST /api/strategy')?.body).toEqual({
      title: 'Customer access strategy', referencePrefix: 'C4', periodStart: '2026-04-01', periodEnd: null, vision: 'Reach everyone', owningBodyId: null,
    });

    fireEvent.change(screen.getByLabelText('Reference prefix'), { target: { value: 'ca' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up the strategy' }));
    expect(await screen.findByText('Customer access strategy has been set up')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'The strategy' })).toBeTruthy();
  });

  it('lists priorities with their status in words, and retires one with the version it was shown at', async () => {
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/priorities': { status: 200, body: [priority(1), priority(2, true)] },
      'POST /api/priorities/p-1/retire': { status: 200, body: priority(1, true) },
      'GET /api/setup': { status: 200, body: progress({}) },
    });
    openAt('/admin/priorities');
    const retiredRow = (await screen.findByRole('rowheader', { name: 'Priority title 2' })).closest('tr')!;
    expect(within(retiredRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', 'Retired', 'Change priority 2']);
    fireEvent.click(screen.getByRole('link', { name: 'Change priority 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Change priority 1' })).toBeTruthy();
    expect(screen.getByLabelText('Number')).toHaveProperty('value', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Retire priority 1' }));
    expect(await screen.findByText('Priority 1 has been retired')).toBeTruthy();
    expect(api.requests.find((r) => r.route === 'POST /api/priorities/p-1/retire')?.body).toEqual({ version: 1 });
  });

  it("shows a body's members linking to their pages, and puts a reports-to loop beside the field", async () => {
    const detail: BodyDetail = { ...board, members: [{ id: 'u-7', name: 'Sam Staff', email: 'sam@council.example', isActive: true }] };
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/bodies/b-1': { status: 200, body: detail },
      'GET /api/bodies': { status: 200, body: [board, group] },
      'PATCH /api/bodies/b-1': {
        status: 422,
        body: { error: { code: 'rule_broken', message: 'A body cannot report to itself.', details: [{ field: 'reportsToId', messages: ['Customer access board already reports to this body'] }] } },
      },
    });
    openAt('/admin/bodies/b-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer access board' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sam Staff' }).getAttribute('href')).toBe('/admin/users/u-7');
    expect(await screen.findByLabelText('Board')).toHaveProperty('checked', true);
    const reportsTo = await screen.findByLabelText('Reports to (optional)');
    expect(within(reportsTo).getAllByRole('option').map((option) => option.textContent)).toEqual(['No other body', 'Staff working group']);
    fireEvent.change(reportsTo, { target: { value: 'b-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Customer access board already reports to this body' }).getAttribute('href')).toBe('#body-reports-to');
    expect(document.getElementById('body-reports-to-error')?.textContent).toBe('Error: Customer access board already reports to this body');
    await waitFor(() => expect(api.requests.find((r) => r.route === 'PATCH /api/bodies/b-1')?.body).toEqual({ version: 3, name: 'Customer access board', kind: 'channel_shift_board', remit: '', reportsToId: 'b-2' }));
  });
});
