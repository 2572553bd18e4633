import type { MeResponse } from '@steerline/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs, signedOut } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const TOKEN = 'a'.repeat(43);

const pat: MeResponse = {
  id: 'u-5',
  email: 'partner@steerline.example',
  name: 'Pat Partner',
  isAdmin: false,
  partner: { id: 'p-1', name: 'Barclays Digital Eagles' },
  bodies: [{ id: 'b-4', name: 'External digital steering group', kind: 'external_steering_group' }],
  permissions: ['plan:read'],
};

function openAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={router} />
    </AppProvider>,
  );
  return router;
}

const refused = (status: number, code: string, message: string) => ({ status, body: { error: { code, message, details: { purpose: 'invitation' } } } });

describe('set-password page', () => {
  it('greets the person behind a working link, sets the password and sends them to sign in', async () => {
    const api = fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/account/links/check': { status: 200, body: { purpose: 'invitation', name: 'Casey Council', email: 'casey@example.org', expiresAt: '2026-06-08T10:00:00Z' } },
      'POST /api/account/set-password': { status: 200, body: { email: 'casey@example.org' } },
    });
    openAt(`/set-password?token=${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Set your password' })).toBeTruthy();
    expect(screen.getByText(/Hello Casey Council/)).toBeTruthy();
    expect(document.title).toBe('Set your password - Steerline');
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'a-tram-to-the-forum' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your password has been set' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    expect(api.requests).toContainEqual({ route: 'POST /api/account/links/check', body: { token: TOKEN } });
    expect(api.requests).toContainEqual({ route: 'POST /api/account/set-password', body: { token: TOKEN, password: 'a-tram-to-the-forum' } });
  });

  it('shows a refused password beside the field, linked from a focused error summary', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/account/links/check': { status: 200, body: { purpose: 'reset', name: 'Casey Council', email: 'casey@example.org', expiresAt: '2026-06-08T10:00:00Z' } },
      'POST /api/account/set-password': {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Not valid.', details: [{ field: 'password', messages: ['Choose a password that is harder to guess: this one is on a list of common passwords'] }] } },
      },
    });
    openAt(`/set-password?token=${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'password1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set password' }));

    const alert = await screen.findByRole('alert');
    expect(document.activeElement).toBe(alert.closest('.govuk-error-summary'));
    expect(within(alert).getByRole('link', { name: /list of common passwords/ }).getAttribute('href')).toBe('#new-password');
    expect(document.getElementById('new-password-error')?.textContent).toBe('Error: Choose a password that is harder to guess: this one is on a list of common passwords');
    expect(document.title).toBe('Error: Reset your password - Steerline');
  });

  it.each([
    ['link_used', 410, 'This link has already been used'],
    ['link_expired', 410, 'This link has expired'],
    ['link_superseded', 410, 'A newer link has been sent'],
    ['link_withdrawn', 410, 'This link no longer works'],
    ['link_unknown', 404, 'This link is not recognised'],
  ])('says which way a %s link is refused, and how to get a new one', async (code, status, heading) => {
    fakeApi({ 'GET /api/auth/session': signedOut, 'POST /api/account/links/check': refused(status, code, `The API explains: ${code}.`) });
    openAt(`/set-password?token=${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(screen.getByText(`The API explains: ${code}.`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ask for a link to reset it' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });

  it('says a link without a token is not recognised, without asking the API', async () => {
    const api = fakeApi({ 'GET /api/auth/session': signedOut });
    openAt('/set-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not recognised' })).toBeTruthy();
    expect(api.requests.map((request) => request.route)).not.toContain('POST /api/account/links/check');
  });
});

describe('forgot password', () => {
  it('is reached from the sign-in page and says the same whatever the address', async () => {
    const api = fakeApi({ 'GET /api/auth/session': signedOut, 'POST /api/account/password-reset': { status: 202 } });
    const router = openAt('/sign-in');
    fireEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/forgot-password');

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'nobody@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeTruthy();
    expect(screen.getByText(/has a Steerline account, we have sent it a link/)).toBeTruthy();
    expect(api.requests).toContainEqual({ route: 'POST /api/account/password-reset', body: { email: 'nobody@example.org' } });
  });

  it('shows the throttle refusal in an error summary', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/account/password-reset': { status: 429, body: { error: { code: 'too_many_attempts', message: 'You have asked for too many password reset links. Wait 60 minutes and try again.' } } },
    });
    openAt('/forgot-password');
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'casey@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You have asked for too many password reset links. Wait 60 minutes and try again.');
  });
});

describe('your account', () => {
  it('is linked from the header and shows the bodies and roles', async () => {
    fakeApi({ 'GET /api/auth/session': signedInAs(pat), 'GET /api/notifications': { status: 200, body: { items: [], unreadCount: 0 } } });
    openAt('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Your account' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('Steering group member')).toBeTruthy();
    expect(screen.getByText('Barclays Digital Eagles')).toBeTruthy();
    expect(screen.getByText('External digital steering group')).toBeTruthy();
  });

  it('changes the password with the current one and confirms that the other sessions ended', async () => {
    const api = fakeApi({ 'GET /api/auth/session': signedInAs(pat), 'GET /api/notifications': { status: 200, body: { items: [], unreadCount: 0 } }, 'PUT /api/account/password': { status: 204 } });
    openAt('/account');
    fireEvent.change(await screen.findByLabelText('Current password'), { target: { value: 'steerline-demo-2026' } });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'eagles-at-the-library' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Your password has been changed. You have been signed out everywhere else.');
    expect(api.requests).toContainEqual({ route: 'PUT /api/account/password', body: { currentPassword: 'steerline-demo-2026', newPassword: 'eagles-at-the-library' } });
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });

  it('turns the weekly "what is due" e-mail off and says it is saved', async () => {
    const api = fakeApi({
      'GET /api/auth/session': signedInAs(pat),
      'GET /api/notifications': { status: 200, body: { items: [], unreadCount: 0 } },
      'GET /api/account/weekly-email': { status: 200, body: { weeklyDueEmail: true } },
      'PUT /api/account/weekly-email': { status: 200, body: { weeklyDueEmail: false } },
    });
    openAt('/account');
    const box = (await screen.findByLabelText('Send me a weekly e-mail of what is due from me')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save e-mail choice' }));
    expect(await screen.findByText('Saved: you will not get the weekly e-mail.')).toBeTruthy();
    expect(api.requests).toContainEqual({ route: 'PUT /api/account/weekly-email', body: { weeklyDueEmail: false } });
    expect(box.checked).toBe(false);
  });

  it('puts a wrong current password beside its field', async () => {
    fakeApi({
      'GET /api/auth/session': signedInAs(pat),
      'GET /api/notifications': { status: 200, body: { items: [], unreadCount: 0 } },
      'PUT /api/account/password': { status: 400, body: { error: { code: 'validation_failed', message: 'Not valid.', details: [{ field: 'currentPassword', messages: ['Your current password is not correct'] }] } } },
    });
    openAt('/account');
    fireEvent.change(await screen.findByLabelText('Current password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Your current password is not correct' }).getAttribute('href')).toBe('#current-password');
    expect(document.getElementById('current-password-error')?.textContent).toBe('Error: Your current password is not correct');
  });
});
