import type { ActionDetail, ActionSummary, DependencyLink, Page } from '@steerline/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../lib/query-client';
import { fakeApi, type FakeAnswer } from '../../../testing/fake-api';
import { actionFixture } from '../testing/action-fixture';
import { BlockerWarnings, DependenciesSection } from './dependencies-section';

const blocker: DependencyLink = {
  id: '0b7e0d1c-0000-4000-8000-000000000002', reference: 'DI-002', title: 'Inline for online card', status: 'in_progress', rag: 'red',
  dueDate: '2027-01-31', owner: { id: 'u-5', name: 'Pat Partner' }, concern: 'red',
};
const waiting: DependencyLink = { ...blocker, id: '0b7e0d1c-0000-4000-8000-000000000005', reference: 'DI-005', title: 'Digital champions', rag: 'green', concern: null };

const summary = (id: string, reference: string, title: string) => ({ id, reference, title }) as ActionSummary;
const choices: FakeAnswer = {
  status: 200,
  body: {
    items: [summary(actionFixture().id, 'DI-004', 'Tablet lending'), summary(blocker.id, 'DI-002', 'Inline for online card'), summary('0b7e0d1c-0000-4000-8000-000000000003', 'DI-003', 'Training')],
    total: 3, page: 1, pageSize: 100,
  } satisfies Page<ActionSummary>,
};
const CHOICES = 'GET /api/actions?sort=reference&pageSize=100';

function show(action: ActionDetail, routes: Record<string, FakeAnswer | (() => FakeAnswer)> = {}) {
  const api = fakeApi({ [CHOICES]: choices, ...routes } as Parameters<typeof fakeApi>[0]);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <BlockerWarnings action={action} />
        <DependenciesSection action={action} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return api;
}

describe('the dependencies of an action', () => {
  it('lists what it is blocked by and what it blocks, and warns in words about a blocker that is a concern', async () => {
    show(actionFixture({ dependencies: { blockedBy: [blocker], blocks: [waiting], canChange: false } }));
    expect(screen.getByText(/This action is waiting on/).textContent).toBe('WarningThis action is waiting on DI-002, which is rated red.');
    const blockedBy = screen.getByRole('table', { name: 'Actions DI-004 is blocked by' });
    expect(within(blockedBy).getByRole('link', { name: 'DI-002: Inline for online card' }).getAttribute('href')).toBe(`/actions/${blocker.id}`);
    expect(within(blockedBy).getByText('Red')).toBeTruthy();
    const blocks = screen.getByRole('table', { name: 'Actions waiting on DI-004' });
    expect(within(blocks).getByRole('link', { name: 'DI-005: Digital champions' })).toBeTruthy();
    // Someone who may not edit the action sees the links but cannot change them.
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByLabelText('Add an action DI-004 is blocked by')).toBeNull();
  });

  it('says so when there are no links, and gives no warning for a blocker on track', () => {
    show(actionFixture({ dependencies: { blockedBy: [{ ...blocker, rag: 'green', concern: null }], blocks: [], canChange: false } }));
    expect(screen.queryByText(/This action is waiting on/)).toBeNull();
    expect(screen.getByText('No action is waiting on DI-004.')).toBeTruthy();
  });

  it('names each concern in words', () => {
    show(actionFixture({ dependencies: { blockedBy: [{ ...blocker, concern: 'overdue' }, { ...waiting, concern: 'due_after' }], blocks: [], canChange: false } }));
    const warnings = screen.getAllByText(/This action is waiting on/).map((warning) => warning.textContent);
    expect(warnings).toEqual(['WarningThis action is waiting on DI-002, which is overdue.', 'WarningThis action is waiting on DI-005, which is now due after this one.']);
  });

  it('offers the other actions not linked yet, and sends the one chosen', async () => {
    const action = actionFixture();
    const after = actionFixture({ blocked: true, dependencies: { blockedBy: [blocker], blocks: [], canChange: true } });
    const api = show(action, { [`POST /api/actions/${action.id}/blockers`]: { status: 201, body: after } });
    const select = (await screen.findByLabelText('Add an action DI-004 is blocked by')) as HTMLSelectElement;
    expect([...select.options].map((option) => option.text)).toEqual(['Choose an action', 'DI-002: Inline for online card', 'DI-003: Training']);
    fireEvent.change(select, { target: { value: blocker.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Add blocking action' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('DI-002 added: DI-004 is now blocked by it.'));
    expect(api.requests.find((request) => request.route.startsWith('POST'))?.body).toEqual({ blockerId: blocker.id });
  });

  it('shows a refused cycle in an error summary linked to the choice, and beside it', async () => {
    const action = actionFixture();
    const message = 'DI-004 cannot be blocked by DI-002, because DI-002 already waits on DI-004: DI-004 → DI-002 → DI-004.';
    show(action, {
      [`POST /api/actions/${action.id}/blockers`]: { status: 409, body: { error: { code: 'dependency_cycle', message, details: { path: ['DI-004', 'DI-002', 'DI-004'] } } } },
    });
    fireEvent.change(await screen.findByLabelText('Add an action DI-004 is blocked by'), { target: { value: blocker.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Add blocking action' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: message }).getAttribute('href')).toBe('#blockerId');
    expect(screen.getByText(message, { selector: '.govuk-error-message' })).toBeTruthy();
    expect(document.activeElement?.className).toBe('govuk-error-summary');
  });

  it('asks for a choice before sending anything', async () => {
    const api = show(actionFixture());
    await screen.findByLabelText('Add an action DI-004 is blocked by');
    fireEvent.click(screen.getByRole('button', { name: 'Add blocking action' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Choose the action this one is blocked by' })).toBeTruthy();
    expect(api.requests.map((request) => request.route)).toEqual([CHOICES]);
  });

  it('removes a blocker and moves the focus to the list it was in', async () => {
    const action = actionFixture({ blocked: true, dependencies: { blockedBy: [blocker], blocks: [], canChange: true } });
    show(action, { [`DELETE /api/actions/${action.id}/blockers/${blocker.id}`]: { status: 200, body: actionFixture() } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove DI-002 from blocked by' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('DI-002 removed: DI-004 is no longer blocked by it.'));
    expect(document.activeElement?.textContent).toBe('Blocked by');
  });
});
