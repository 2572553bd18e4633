import { describe, expect, it, vi } from 'vitest';
import { ApiError, apiClient } from './api-client';

function answer(status: number, body?: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  });
}

describe('apiClient', () => {
  it('turns a validation_failed body into an ApiError with its field errors', async () => {
    const details = [{ field: 'email', messages: ['Enter an email address in the correct format, like name@example.com'] }];
    vi.stubGlobal('fetch', vi.fn(async () => answer(400, { error: { code: 'validation_failed', message: 'Not valid.', details, requestId: 'r-1' } })));

    const error = await apiClient.post('/auth/sign-in', { email: 'x', password: 'y' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Not valid.', requestId: 'r-1' });
    expect((error as ApiError).fieldErrors).toEqual(details);
  });

  it('keeps the code of a 401 and has no field errors for it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { code: 'invalid_credentials', message: 'Enter a correct email address and password.' } })));

    const error = (await apiClient.post('/auth/sign-in', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('invalid_credentials');
    expect(error.fieldErrors).toEqual([]);
  });

  it('gives an answer without our error body a code from its status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(502, '<html>Bad gateway</html>', 'text/html')));

    await expect(apiClient.get('/me')).rejects.toMatchObject({ status: 502, code: 'internal_error' });
  });

  it('sends JSON with the session cookie and reads a 204 as no content', async () => {
    const fetch = vi.fn(async () => answer(204));
    vi.stubGlobal('fetch', fetch);

    await expect(apiClient.post('/auth/sign-out')).resolves.toBeUndefined();
    await apiClient.post('/auth/sign-in', { email: 'a@b.example', password: 'p' });

    expect(fetch).toHaveBeenLastCalledWith('/api/auth/sign-in', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"email":"a@b.example","password":"p"}',
    });
  });
});
