import type { MeResponse } from '@steerline/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs, signedOut } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const board: MeResponse = {
  id: 'u-1',
  email: 'board@steerline.example',
  name: 'Bea Board',
  isAdmin: false,
  partner: null,
  bodies: [{ id: 'b-1', name: 'Channel shift board', kind: 'channel_shift_board' }],
  permissions: [],
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

function submit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email address'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('shows a focused error summary linked to the email field when the credentials are wrong', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/auth/sign-in': { status: 401, body: { error: { code: 'invalid_credentials', message: 'Enter a correct email address and password.' } } },
    });
    openAt('/sign-in');

    submit('board@steerline.example', 'wrong');

    const alert = await screen.findByRole('alert');
    const summary = alert.closest('.govuk-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(within(alert).getByRole('link', { name: 'Enter a correct email address and password' }).getAttribute('href')).toBe('#email');
    expect(screen.getByLabelText('Email address').getAttribute('aria-describedby')).toBe('email-error');
    expect(document.getElementById('email-error')?.textContent).toBe('Error: Enter a correct email address and password');
    expect(document.title).toBe('Error: Sign in - Steerline');
  });

  it('lists each invalid field in the summary and beside the field', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'POST /api/auth/sign-in': {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Not valid.', details: [{ field: 'password', messages: ['Enter your password'] }] } },
      },
    });
    openAt('/sign-in');

    submit('board@steerline.example', '');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Enter your password' }).getAttribute('href')).toBe('#password');
    expect(document.getElementById('password-error')?.textContent).toBe('Error: Enter your password');
    expect(document.getElementById('email-error')).toBeNull();
  });

  it('sends a signed-out visitor to sign in and back to the page they asked for', async () => {
    let signedIn = false;
    const api = fakeApi({
      'GET /api/auth/session': () => (signedIn ? signedInAs(board) : signedOut),
      'POST /api/auth/sign-in': () => {
        signedIn = true;
        return { status: 200, body: board };
      },
    });
    const router = openAt('/');

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    submit('board@steerline.example', 'steerline-demo-2026');

    expect(await screen.findByText('Signed in as Bea Board (board@steerline.example)')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Channel shift board')).toBeTruthy();
    expect(api.requests).toContainEqual({ route: 'POST /api/auth/sign-in', body: { email: 'board@steerline.example', password: 'steerline-demo-2026' } });
  });
});

describe('signing out', () => {
  it('lands on the sign-in page with a focused "You have signed out" banner', async () => {
    let signedIn = true;
    fakeApi({
      'GET /api/auth/session': () => (signedIn ? signedInAs(board) : signedOut),
      'POST /api/auth/sign-out': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    const router = openAt('/');

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('You have signed out');
    expect(document.activeElement).toBe(banner);
    expect(router.state.location.pathname).toBe('/sign-in');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull());
  });
});

describe('council sign-in', () => {
  it('steers council staff to single sign-on with the configured label, and keeps a password form for partners', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'GET /api/auth/options': { status: 200, body: { password: 'true', singleSignOn: { label: 'Sign in with Norwich City Council', startUrl: '/api/auth/oidc/login' } } },
    });
    openAt('/sign-in');

    const button = await screen.findByRole('link', { name: 'Sign in with Norwich City Council' });
    expect(button.getAttribute('href')).toBe('/api/auth/oidc/login');
    expect(screen.getByRole('heading', { level: 2, name: 'Partners and others: sign in with a password' })).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });

  it('shows no password form when PASSWORD_SIGN_IN is false', async () => {
    fakeApi({
      'GET /api/auth/session': signedOut,
      'GET /api/auth/options': { status: 200, body: { password: 'false', singleSignOn: { label: 'Sign in with your council account', startUrl: '/api/auth/oidc/login' } } },
    });
    openAt('/sign-in');

    await screen.findByRole('link', { name: 'Sign in with your council account' });
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Forgot your password?' })).toBeNull();
  });

  it('asks for the authenticator code after a correct password, and signs in once it is right', async () => {
    let signedIn = false;
    const api = fakeApi({
      'GET /api/auth/session': () => (signedIn ? signedInAs(board) : signedOut),
      'GET /api/auth/options': { status: 200, body: { password: 'true', singleSignOn: null } },
      'POST /api/auth/sign-in': { status: 200, body: { secondFactor: 'code' } },
      'POST /api/auth/two-factor': () => {
        signedIn = true;
        return { status: 200, body: board };
      },
    });
    const router = openAt('/sign-in');

    submit('board@steerline.example', 'steerline-demo-2026');
    await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' });
    expect(router.state.location.pathname).toBe('/sign-in/two-factor');
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Signed in as Bea Board (board@steerline.example)')).toBeTruthy();
    expect(api.requests).toContainEqual({ route: 'POST /api/auth/two-factor', body: { code: '123456' } });
  });

  it('says why single sign-on was refused and whom to ask', async () => {
    fakeApi({ 'GET /api/auth/session': signedOut });
    openAt('/sign-in/refused?reason=deactivated');

    expect(await screen.findByRole('heading', { level: 1, name: 'Your Steerline account has been deactivated' })).toBeTruthy();
    expect(screen.getByText(/ask your Steerline administrator/)).toBeTruthy();
    expect(document.title).toBe('Your Steerline account has been deactivated - Steerline');
  });
});
