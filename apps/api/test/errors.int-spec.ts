import { createTestApp, type TestApp } from './support/test-app.js';

describe('bad input gets a clear, uniform error', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ BODY_LIMIT: '10kb' })));
  afterAll(() => t.close());

  const expectUniformError = (body: unknown, code: string) => {
    expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String), requestId: expect.any(String) }) });
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
  };

  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await t.http.post('/api/auth/sign-in').set('Content-Type', 'application/json').send('{"email": "a@b.c",').expect(400);
    expectUniformError(response.body, 'malformed_json');
  });

  it('answers unknown fields with 400 validation_failed naming the field', async () => {
    const response = await t.http
      .post('/api/auth/sign-in')
      .send({ email: 'board@steerline.example', password: 'x', isAdmin: true })
      .expect(400);
    expectUniformError(response.body, 'validation_failed');
    expect(response.body.error.details).toEqual([{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]);
  });

  it('lists every missing or wrong field', async () => {
    const response = await t.http.post('/api/auth/sign-in').send({ email: 'not-an-email' }).expect(400);
    const fields = response.body.error.details.map((detail: { field: string }) => detail.field).sort();
    expect(fields).toEqual(['email', 'password']);
  });

  it('refuses a body that is not a JSON object', async () => {
    const response = await t.http.post('/api/auth/sign-in').set('Content-Type', 'application/json').send('[1,2]').expect(400);
    expectUniformError(response.body, 'validation_failed');
  });

  it('answers an over-size body with 413 payload_too_large', async () => {
    const response = await t.http.post('/api/auth/sign-in').send({ email: 'a@b.c', password: 'x'.repeat(20_000) }).expect(413);
    expectUniformError(response.body, 'payload_too_large');
  });

  it('answers an unknown API route with 404 in the same shape', async () => {
    const response = await t.http.get('/api/no-such-thing').expect(404);
    expectUniformError(response.body, 'not_found');
  });

  it('puts the request id in the error body and the response header, keeping a sane one from a proxy', async () => {
    const response = await t.http.get('/api/me').set('X-Request-Id', 'lb-1234').expect(401);
    expect(response.headers['x-request-id']).toBe('lb-1234');
    expect(response.body.error.requestId).toBe('lb-1234');
    const replaced = await t.http.get('/api/me').set('X-Request-Id', 'bad id with spaces').expect(401);
    expect(replaced.body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends helmet security headers', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('tells browsers and proxies never to store an API answer', async () => {
    const agent = await t.signIn('board@steerline.example');
    const response = await agent.get('/api/actions').expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});
