import type { AdminUser, MeResponse } from '@steerline/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
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
  permissions: ['plan:read', 'escalation:decide'],
};

const admin: MeResponse = { ...board, id: 'u-1', email: 'admin@steerline.example', name: 'Alex Admin', isAdmin: true, bodies: [], permissions: ['plan:read', 'admin:manage'] };

const sam: AdminUser = {
  id: 'u-9',
  email: 'sam@example.org',
  name: 'Sam Smith',
  isAdmin: false,
  isActive: false,
  status: 'deactivated',
  twoFactor: false,
  partner: null,
  bodies: [{ id: 'b-2', name: 'Channel shift board', kind: 'channel_shift_board' }],
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const forbidden = { status: 403, body: { error: { code: 'forbidden', message: 'You do not have permission to do that.' } } };

function openAt(path: string) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </AppProvider>,
  );
}

describe('people administration', () => {
  it.each(['/admin/users', '/admin/users/new', '/admin/users/u-9', '/admin/audit'])('tells someone who is not an administrator they may not see %s', async (path) => {
    fakeApi({ 'GET /api/auth/session': signedInAs(board), 'GET /api/admin/users': forbidden });
    openAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeTruthy();
  });

  it('shows the permission page, not a crash, when the API refuses an administrator who has just lost the right', async () => {
    fakeApi({ 'GET /api/auth/session': signedInAs(admin), 'GET /api/admin/users': forbidden });
    openAt('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeTruthy();
  });

  it('lists people with their bodies, administrator rights and status in words', async () => {
    fakeApi({ 'GET /api/auth/session': signedInAs(admin), 'GET /api/admin/users': { status: 200, body: [sam] } });
    openAt('/admin/users');
    const row = (await screen.findByRole('rowheader', { name: 'Sam Smith' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['sam@example.org', 'Channel shift board', 'None', 'No', 'Deactivated']);
  });

  it('shows an invited person as invited and resends their invitation, showing the new link once when there is no mail server', async () => {
    const casey: AdminUser = { ...sam, id: 'u-10', name: 'Casey Council', email: 'casey@example.org', isActive: true, status: 'invited' };
    const link = 'http://localhost:3000/set-password?token=' + 'b'.repeat(43);
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/admin/users': { status: 200, body: [casey] },
      'POST /api/admin/users/u-10/invitation': { status: 200, body: { ...casey, invitation: { emailedTo: null, link, expiresAt: '2026-06-08T10:00:00Z' } } },
    });
    openAt('/admin/users');
    const row = (await screen.findByRole('rowheader', { name: 'Casey Council' })).closest('tr')!;
    expect(within(row).getByText('Invited').className).toContain('govuk-tag');

    fireEvent.click(within(row).getByRole('button', { name: 'Resend invitation to Casey Council' }));

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Casey Council has been sent a new invitation link');
    expect(banner.textContent).toContain(link);
    expect(banner.textContent).toContain('until 8 June 2026');
    expect(document.activeElement).toBe(banner);
    expect(api.requests.map((request) => request.route)).toContain('POST /api/admin/users/u-10/invitation');
  });

  it('adds a person without a password and shows the invitation link once when it could not be e-mailed', async () => {
    const link = 'http://localhost:3000/set-password?token=' + 'c'.repeat(43);
    const dana: AdminUser = { ...sam, id: 'u-11', name: 'Dana Digital', email: 'dana@example.org', isActive: true, status: 'invited', bodies: [] };
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/bodies': { status: 200, body: [] },
      'GET /api/partners': { status: 200, body: [] },
      'POST /api/admin/users': { status: 201, body: { ...dana, invitation: { emailedTo: null, link, expiresAt: '2026-06-08T10:00:00Z' } } },
    });
    openAt('/admin/users/new');
    fireEvent.change(await screen.findByLabelText('Full name'), { target: { value: 'Dana Digital' } });
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'dana@example.org' } });
    expect(screen.queryByLabelText(/password/i)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add person and send invitation' }));

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Dana Digital has been added');
    expect(within(banner).getByText(link)).toBeTruthy();
    expect(api.requests.find((request) => request.route === 'POST /api/admin/users')?.body).toEqual({ name: 'Dana Digital', email: 'dana@example.org', bodyIds: [], partnerId: null, isAdmin: false });
  });

  it('does not offer a retired body to a new person', async () => {
    const body = { kind: 'working_group', remit: 'Delivers the plan', memberCount: 0, reportsTo: null, version: 2 } as const;
    fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      'GET /api/bodies': { status: 200, body: [{ ...body, id: 'b-3', name: 'Staff working group', retired: false }, { ...body, id: 'b-9', name: 'Old steering group', retired: true }] },
      'GET /api/partners': { status: 200, body: [] },
    });
    openAt('/admin/users/new');
    expect(await screen.findByLabelText('Staff working group')).toBeTruthy();
    expect(screen.queryByLabelText(/Old steering group/)).toBeNull();
  });
});
