import type { MeResponse, PartnerDetail } from '@steerline/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const PARTNER_ID = '6f1c2a4e-1b2c-4d3e-8f90-123456789abc';

const admin: MeResponse = {
  id: 'u-1',
  email: 'admin@steerline.example',
  name: 'Alex Admin',
  isAdmin: true,
  partner: null,
  bodies: [],
  permissions: ['plan:read', 'admin:manage'],
};

const partnerMember: MeResponse = {
  id: 'u-5',
  email: 'partner@steerline.example',
  name: 'Pat Partner',
  isAdmin: false,
  partner: { id: PARTNER_ID, name: 'Barclays Digital Eagles' },
  bodies: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group' }],
  permissions: ['plan:read'],
};

const partner = (version: number, description = "Barclays' digital volunteers"): PartnerDetail => ({
  id: PARTNER_ID,
  name: 'Barclays Digital Eagles',
  description,
  liveActionCount: 1,
  version,
  contacts: [{ id: 'c-1', partnerId: PARTNER_ID, name: 'Dee Eagle', role: 'Co-ordinator', email: 'dee@example.org', phone: null, version: 1 }],
  protocols: [{ id: 'pr-1', partnerId: PARTNER_ID, protocolName: 'Inline for online', protocolVersion: '1.0', signedOn: '2026-04-01', signedBy: 'Jo Bloggs' }],
  liveActions: [{ id: 'a-1', reference: 'DI-001', title: 'Get online Tuesdays', rag: 'amber', status: 'in_progress' }],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function openPartnerPage() {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: [`/partners/${PARTNER_ID}`] })} />
    </AppProvider>,
  );
}

describe('partner page', () => {
  it('shows a partner member the contacts, signed protocols and live actions, with nothing to change', async () => {
    fakeApi({ 'GET /api/auth/session': signedInAs(partnerMember), [`GET /api/partners/${PARTNER_ID}`]: { status: 200, body: partner(1) } });
    openPartnerPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Barclays Digital Eagles' })).toBeTruthy();
    const protocols = screen.getByRole('table', { name: 'Shared protocols signed' });
    expect(within(protocols).getByRole('rowheader', { name: 'Inline for online' })).toBeTruthy();
    expect(within(protocols).getByText('1 April 2026')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Contacts' })).getByText('Dee Eagle')).toBeTruthy();
    const actions = screen.getByRole('table', { name: 'Live actions Barclays Digital Eagles works on' });
    expect(within(actions).getByRole('link', { name: 'DI-001 Get online Tuesdays' }).getAttribute('href')).toBe('/actions/a-1');
    expect(within(actions).getByText('Amber')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add a contact|Record a signed protocol|Change/ })).toBeNull();
  });

  it('refuses a stale edit, says so, and reloads the latest version instead of overwriting it', async () => {
    let current = partner(1);
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(admin),
      [`GET /api/partners/${PARTNER_ID}`]: () => ({ status: 200, body: current }),
      [`PATCH /api/partners/${PARTNER_ID}`]: () => ({
        status: 409,
        body: { error: { code: 'stale_version', message: 'The partner was changed by someone else.', details: { current } } },
      }),
    });
    openPartnerPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Change name or description' }));
    current = partner(2, 'Changed by someone else');
    fireEvent.change(screen.getByLabelText('Description (optional)'), { target: { value: 'My change' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Someone else changed this partner while you were editing');
    expect(document.activeElement).toBe(notice);
    expect(api.requests).toContainEqual({ route: `PATCH /api/partners/${PARTNER_ID}`, body: { version: 1, name: 'Barclays Digital Eagles', description: 'My change' } });

    fireEvent.click(within(notice).getByRole('button', { name: 'Reload the latest version' }));

    await screen.findByDisplayValue('Changed by someone else');
    expect(screen.queryByText('Someone else changed this partner while you were editing')).toBeNull();
  });
});
