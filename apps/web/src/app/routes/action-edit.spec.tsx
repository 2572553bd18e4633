import type { ActionDetail, MeResponse } from '@steerline/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { actionFixture } from '../../features/actions/testing/action-fixture';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs, type FakeAnswer } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const board: MeResponse = {
  id: 'u-3',
  email: 'board@steerline.example',
  name: 'Bola Board',
  isAdmin: false,
  partner: null,
  bodies: [{ id: 'b-2', name: 'Channel shift board', kind: 'channel_shift_board' }],
  permissions: ['plan:read', 'action:create', 'action:edit', 'update:post'],
};

const partner: MeResponse = {
  id: 'u-5',
  email: 'partner@steerline.example',
  name: 'Pat Partner',
  isAdmin: false,
  partner: { id: 'pa-2', name: 'Barclays Digital Eagles' },
  bodies: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group' }],
  permissions: ['plan:read', 'action:edit-own-body', 'update:post-own'],
};

const bodies = [
  { id: 'b-2', name: 'Channel shift board', kind: 'channel_shift_board', remit: '', memberCount: 1 },
  { id: 'b-3', name: 'Internal digital inclusion working group', kind: 'internal_working_group', remit: '', memberCount: 1 },
  { id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group', remit: '', memberCount: 1 },
];

function options(me: MeResponse) {
  return {
    'GET /api/auth/session': signedInAs(me),
    'GET /api/priorities': { status: 200, body: [{ id: 'p-2', number: 2, title: 'Target digital access' }] },
    'GET /api/people': { status: 200, body: [{ id: 'u-4', name: 'Wren Working' }, { id: 'u-5', name: 'Pat Partner' }] },
    'GET /api/bodies': { status: 200, body: bodies },
    'GET /api/partners': { status: 200, body: [{ id: 'pa-3', name: 'The library service', description: '', liveActionCount: 1, version: 1 }] },
    'GET /api/segments': { status: 200, body: [{ id: 's-6', name: 'Elderly people reliant on state support', householdShare: 13, veryLowPropensity: true, version: 1 }] },
  } as const;
}

function openEdit(action: ActionDetail, me: MeResponse, patch: () => FakeAnswer) {
  const api = fakeApi({
    ...options(me),
    [`GET /api/actions/${action.id}`]: { status: 200, body: action },
    [`PATCH /api/actions/${action.id}`]: patch,
    // Where a successful save leads.
    [`GET /api/actions/${action.id}/updates`]: { status: 200, body: [] },
    [`GET /api/actions/${action.id}/history`]: { status: 200, body: [] },
  });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: [`/actions/${action.id}/edit`] })} />
    </AppProvider>,
  );
  return api;
}

describe('edit action page', () => {
  it('refuses to overwrite someone else’s change: it says what they changed, and reloading brings in the latest version', async () => {
    const opened = actionFixture();
    const theirs = actionFixture({ title: 'Tablet lending in every library', version: 4 });
    const answers: FakeAnswer[] = [
      { status: 409, body: { error: { code: 'stale_version', message: 'The action was changed by someone else.', details: { current: theirs } } } },
      { status: 200, body: { ...theirs, description: 'Mine, made again.', version: 5 } },
    ];
    const api = openEdit(opened, board, () => answers.shift()!);

    const description = await screen.findByLabelText('Description');
    fireEvent.change(description, { target: { value: 'Mine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Someone else changed this action while you were editing');
    expect(document.activeElement).toBe(notice);
    const changed = screen.getByRole('heading', { name: 'What they changed' }).parentElement!;
    expect(within(changed).getByRole('term').textContent).toBe('Title');
    expect(within(changed).getByRole('definition').textContent).toBe('Now: Tablet lending in every library');
    // Until the user reloads, what they typed is still there: nothing is dropped silently either.
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('Mine.');

    fireEvent.click(screen.getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect((screen.getByLabelText('Title', { exact: true }) as HTMLInputElement).value).toBe('Tablet lending in every library'));
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('Lend tablets.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/This is the latest version of DI-004, with the other change/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'Mine, made again.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.requests.filter((request) => request.route.startsWith('PATCH'))).toHaveLength(2));
    const [first, second] = api.requests.filter((request) => request.route.startsWith('PATCH')).map((request) => request.body as ActionDetail);
    expect(first).toMatchObject({ version: 3, title: 'Tablet lending', description: 'Mine.' });
    expect(second).toMatchObject({ version: 4, title: 'Tablet lending in every library', description: 'Mine, made again.' });
  });

  it('shows the API’s field errors beside the right rows and in a summary linked to them', async () => {
    const refused: FakeAnswer = {
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'The request is not valid.',
          details: [{ field: 'milestones.0.dueDate', messages: ['dueDate must be a real date written YYYY-MM-DD, like 2026-12-31'] }],
        },
      },
    };
    openEdit(actionFixture(), board, () => refused);

    fireEvent.click(await screen.findByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Milestone 1: Due date must be a real date written YYYY-MM-DD, like 2026-12-31' });
    expect(link.getAttribute('href')).toBe('#milestones-0-dueDate');
    expect(document.getElementById('milestones-0-dueDate')?.getAttribute('aria-describedby')).toContain('milestones-0-dueDate-error');
    expect(document.title).toBe('Error: Edit DI-004 - Steerline');
  });

  it('lets an external steering group member choose only their own body', async () => {
    openEdit(actionFixture({ owningBody: { id: 'b-4', name: 'External digital steering group' } }), partner, () => ({ status: 200 }));

    const owningBody = await screen.findByLabelText('Owning body');
    expect(within(owningBody).getAllByRole('option').map((option) => option.textContent)).toEqual(['External digital steering group']);
  });
});
