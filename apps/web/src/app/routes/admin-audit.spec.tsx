import type { AdminUser, AuditEventRow, MeResponse, Page } from '@steerline/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const admin: MeResponse = {
  id: 'u-1',
  email: 'admin@steerline.example',
  name: 'Alex Admin',
  isAdmin: true,
  partner: null,
  bodies: [],
  permissions: ['plan:read', 'admin:manage'],
};

const alex: AdminUser = {
  id: 'u-1',
  email: admin.email,
  name: admin.name,
  isAdmin: true,
  isActive: true,
  status: 'active',
  twoFactor: false,
  partner: null,
  bodies: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const deactivation: AuditEventRow = {
  id: '7',
  occurredAt: '2026-11-27T19:54:00.000Z',
  actor: { id: 'u-1', name: 'Alex Admin' },
  operation: 'deactivate',
  entityType: 'user',
  entityId: 'u-9',
  changes: { isActive: { before: true, after: false } },
};

const page = (items: AuditEventRow[], total = items.length): Page<AuditEventRow> => ({ items, total, page: 1, pageSize: 25 });

function openAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={router} />
    </AppProvider>,
  );
  return router;
}

const common = {
  'GET /api/auth/session': signedInAs(admin),
  'GET /api/admin/users': { status: 200, body: [alex] },
  'GET /api/bodies': { status: 200, body: [] },
  'GET /api/partners': { status: 200, body: [] },
  'GET /api/segments': { status: 200, body: [] },
} as const;

describe('audit trail page', () => {
  it('shows each change as "field: before → after" with who, what and which record', async () => {
    fakeApi({ ...common, 'GET /api/audit?page=1&pageSize=25': { status: 200, body: page([deactivation]) } });
    openAt('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Showing 1 to 1 of 1 change, newest first' });
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['27 November 2026 at 19:54', 'Alex Admin', 'Deactivated', 'Person', 'Active: Yes → changed to No']);
  });

  it('puts the filters in the address and asks the API for them, back on the first page', async () => {
    const api = fakeApi({
      ...common,
      'GET /api/audit?page=2&pageSize=25': { status: 200, body: { ...page([deactivation], 30), page: 2 } },
      'GET /api/audit?entityType=user&operation=deactivate&page=1&pageSize=25': { status: 200, body: page([deactivation]) },
    });
    const router = openAt('/admin/audit?page=2');
    await screen.findByRole('table', { name: 'Showing 26 to 30 of 30 changes, newest first' });

    fireEvent.change(screen.getByLabelText('Kind of record'), { target: { value: 'user' } });
    fireEvent.change(screen.getByLabelText('Operation'), { target: { value: 'deactivate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await screen.findByRole('table', { name: 'Showing 1 to 1 of 1 change matching the filters, newest first' });
    expect(router.state.location.search).toBe('?entityType=user&operation=deactivate');
    expect(api.requests.map((request) => request.route)).toContain('GET /api/audit?entityType=user&operation=deactivate&page=1&pageSize=25');
  });

  it('explains a filter the API refused beside its field, and forgets it once the filters are cleared', async () => {
    fakeApi({
      ...common,
      'GET /api/audit?from=2026-13-01&page=1&pageSize=25': {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Not valid.', details: [{ field: 'from', messages: ['from must be a real date'] }] } },
      },
      'GET /api/audit?page=1&pageSize=25': { status: 200, body: page([deactivation]) },
    });
    openAt('/admin/audit?from=2026-13-01');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'from must be a real date' }).getAttribute('href')).toBe('#filter-from');
    expect(document.getElementById('filter-from-error')?.textContent).toBe('Error: from must be a real date');

    fireEvent.click(screen.getByRole('link', { name: 'Clear filters' }));

    await screen.findByRole('table', { name: 'Showing 1 to 1 of 1 change, newest first' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
