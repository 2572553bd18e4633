import type { MeResponse, ReportSubscription, Strategy } from '@steerline/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs, signedOut } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const TOKEN = 'b'.repeat(43);
const pat: MeResponse = {
  id: 'u-5', email: 'partner@steerline.example', name: 'Pat Partner', isAdmin: false, partner: null,
  bodies: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group' }], permissions: ['plan:read'],
};
const strategy: Strategy = {
  id: 's-1', title: 'Digital inclusion strategy', referencePrefix: 'DI', periodStart: null, periodEnd: null, vision: '', owningBody: null, version: 1,
};
const weekly: ReportSubscription = {
  id: 'sub-1', strategy: { id: 's-1', name: 'Digital inclusion strategy' }, frequency: 'weekly', email: pat.email, external: false, createdAt: '2026-12-01T09:00:00.000Z',
};

function openAt(path: string) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </AppProvider>,
  );
}

const signedInAsPat = { 'GET /api/auth/session': signedInAs(pat), 'GET /api/notifications': { status: 200, body: { items: [], unreadCount: 0 } }, 'GET /api/strategy/current': { status: 200, body: { strategy } } } as const;

describe('report e-mails on the account page', () => {
  it('lists the digests the person gets and subscribes them to the whole Corporate Plan monthly', async () => {
    let subscribed = false;
    const api = fakeApi({
      ...signedInAsPat,
      'GET /api/subscriptions': () => ({ status: 200, body: subscribed ? [weekly, { ...weekly, id: 'sub-2', strategy: null, frequency: 'monthly' }] : [weekly] }),
      'POST /api/subscriptions': () => {
        subscribed = true;
        return { status: 201, body: { ...weekly, id: 'sub-2', strategy: null, frequency: 'monthly' } };
      },
    });
    openAt('/account');
    const table = await screen.findByRole('table', { name: 'Your report e-mails' });
    expect(within(table).getByRole('rowheader').textContent).toBe('Digital inclusion strategy');
    expect(within(table).getByText('Weekly, on Mondays')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('The whole Corporate Plan'));
    fireEvent.click(screen.getByLabelText('Monthly, on the 1st'));
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Subscribed: you will get the monthly digest of The whole Corporate Plan.')).toBeTruthy();
    expect(api.requests).toContainEqual({ route: 'POST /api/subscriptions', body: { strategyId: null, frequency: 'monthly' } });
    expect(await within(table).findByText('The whole Corporate Plan')).toBeTruthy();
  });

  it('shows why a subscription was refused in an error summary', async () => {
    fakeApi({
      ...signedInAsPat,
      'GET /api/subscriptions': { status: 200, body: [weekly] },
      'POST /api/subscriptions': { status: 409, body: { error: { code: 'conflict', message: 'There is already a subscription to that for this address.' } } },
    });
    openAt('/account');
    fireEvent.click(await screen.findByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toContain('There is already a subscription to that for this address.');
  });
});

describe('report e-mails to outside addresses', () => {
  const alex: MeResponse = { ...pat, id: 'u-1', email: 'admin@steerline.example', name: 'Alex Admin', isAdmin: true, bodies: [], permissions: ['plan:read', 'admin:manage'] };
  const outside: ReportSubscription = { ...weekly, id: 'sub-9', email: 'councillors@council.example', external: true, strategy: null, frequency: 'monthly' };

  it('lets an administrator add a councillors\' mailbox, and puts a refused address beside its field', async () => {
    let added = false;
    let attempts = 0;
    const api = fakeApi({
      ...signedInAs,
      'GET /api/auth/session': signedInAs(alex),
      'GET /api/admin/subscriptions': () => ({ status: 200, body: added ? [outside] : [] }),
      'POST /api/admin/subscriptions': () => {
        attempts += 1;
        if (attempts === 1) return { status: 400, body: { error: { code: 'validation_failed', message: 'Not valid.', details: [{ field: 'email', messages: ['email must be an e-mail address, like councillors@council.gov.uk'] }] } } };
        added = true;
        return { status: 201, body: outside };
      },
    });
    openAt('/admin/subscriptions');
    expect(await screen.findByText('No outside address gets report e-mails.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'councillors' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toContain('email must be an e-mail address');
    expect(screen.getByLabelText('Email address').getAttribute('aria-describedby')).toContain('error');

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'councillors@council.example' } });
    fireEvent.click(screen.getByLabelText('The whole Corporate Plan'));
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('Subscribed: councillors@council.example will get the monthly digest of The whole Corporate Plan.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Report e-mails to outside addresses' });
    expect(within(table).getByText('councillors@council.example')).toBeTruthy();
    expect(api.requests).toContainEqual({ route: 'POST /api/admin/subscriptions', body: { email: 'councillors@council.example', strategyId: null, frequency: 'monthly' } });
  });
});

describe('the unsubscribe page', () => {
  it('says what the link stops, with no sign-in, and confirms once stopped', async () => {
    const api = fakeApi({
      'GET /api/auth/session': signedOut,
      [`GET /api/unsubscribe/${TOKEN}`]: { status: 200, body: { email: 'councillors@council.example', scope: 'the whole Corporate Plan', frequency: 'monthly' } },
      [`POST /api/unsubscribe/${TOKEN}`]: { status: 200, body: { unsubscribed: true } },
    });
    openAt(`/unsubscribe/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Stop these e-mails?' })).toBeTruthy();
    expect(screen.getByText(/The monthly digest of the whole Corporate Plan/).textContent).toContain('councillors@council.example');
    fireEvent.click(screen.getByRole('button', { name: 'Stop these e-mails' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You have been unsubscribed' })).toBeTruthy();
    expect(api.requests.map((request) => request.route)).toContain(`POST /api/unsubscribe/${TOKEN}`);
  });

  it('says plainly when the link is not known', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      [`GET /api/unsubscribe/${TOKEN}`]: { status: 404, body: { error: { code: 'link_unknown', message: 'Not known.' } } },
    });
    openAt(`/unsubscribe/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This unsubscribe link is not known' })).toBeTruthy();
  });
});
