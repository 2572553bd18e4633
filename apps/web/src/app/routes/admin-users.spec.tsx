import type { AdminUser, MeResponse } from '@steerline/contracts';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi } from '../../testing/fake-api';
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
    fakeApi({ 'GET /api/me': { status: 200, body: board }, 'GET /api/admin/users': forbidden });
    openAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeTruthy();
  });

  it('shows the permission page, not a crash, when the API refuses an administrator who has just lost the right', async () => {
    fakeApi({ 'GET /api/me': { status: 200, body: admin }, 'GET /api/admin/users': forbidden });
    openAt('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeTruthy();
  });

  it('lists people with their bodies, administrator rights and status in words', async () => {
    fakeApi({ 'GET /api/me': { status: 200, body: admin }, 'GET /api/admin/users': { status: 200, body: [sam] } });
    openAt('/admin/users');
    const row = (await screen.findByRole('rowheader', { name: 'Sam Smith' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['sam@example.org', 'Channel shift board', 'None', 'No', 'Deactivated']);
  });
});
