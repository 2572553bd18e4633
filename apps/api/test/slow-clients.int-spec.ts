import type { AddressInfo, Server } from 'node:net';
import { connect } from 'node:net';
import { BOARD, LEADER } from './support/demo.js';
import { firstCycle } from './support/report-scenario.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Sends `opening`, then `drip` every 200 ms, and resolves with what the server said and when it closed the connection. */
function slowClient(port: number, opening: string, drip: string): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((done) => {
    const startedAt = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(opening));
    const dripper = setInterval(() => socket.writable && socket.write(drip), 200);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(dripper);
      done({ answer, closedAfterMs: performance.now() - startedAt });
    });
  });
}

describe('slow and heavy clients', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp({ HTTP_HEADERS_TIMEOUT_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '2', JSON_MAX_DEPTH: '8', JSON_MAX_ARRAY_LENGTH: '50', EXPORTS_PER_MINUTE: '2' });
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  describe('slow loris', () => {
    it('closes a connection whose headers never finish, with 408, while other people are answered at once', async () => {
      const loris = slowClient(port, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: 1\r\n');
      const others = await Promise.all(Array.from({ length: 5 }, () => t.http.get('/api/health')));
      expect(others.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      const { answer, closedAfterMs } = await loris;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(closedAfterMs).toBeLessThan(4000);
    });

    it('closes a connection whose body trickles in for longer than the request timeout', async () => {
      const body = JSON.stringify({ email: 'board@steerline.example', password: 'x'.repeat(200) });
      const opening = `POST /api/auth/sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n{`;
      const { answer, closedAfterMs } = await slowClient(port, opening, ' ');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(closedAfterMs).toBeLessThan(5000);
    });
  });

  describe('JSON shape', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 'x' : { inner: nested(depth - 1) });

    it('refuses a body nested deeper than JSON_MAX_DEPTH with 400 and a sentence that says so', async () => {
      const response = await t.http.post('/api/auth/sign-in').send({ email: 'board@steerline.example', password: 'x', extra: nested(20) }).expect(400);
      expect(response.body.error).toMatchObject({ code: 'validation_failed', message: 'The request body is nested more than 8 levels deep.' });
      expect(response.body.error.details).toEqual([{ field: 'body', messages: ['The request body is nested more than 8 levels deep.'] }]);
    });

    it('survives a body of 50,000 nested arrays (no stack overflow) with the same 400', async () => {
      const response = await t.http.post('/api/auth/sign-in').set('Content-Type', 'application/json').send(`${'['.repeat(50_000)}${']'.repeat(50_000)}`).expect(400);
      expect(response.body.error.message).toBe('The request body is nested more than 8 levels deep.');
    });

    it('refuses a list longer than JSON_MAX_ARRAY_LENGTH', async () => {
      const response = await t.http.post('/api/auth/sign-in').send({ email: 'board@steerline.example', password: 'x', extra: Array.from({ length: 51 }, () => 1) }).expect(400);
      expect(response.body.error.message).toBe('A list in the request body has more than 50 items.');
    });

    it('lets a body within the limits through to validation and sign-in as before', async () => {
      await t.http.post('/api/auth/sign-in').send({ email: 'board@steerline.example', password: 'steerline-demo-2026' }).expect(200);
    });
  });

  describe('report downloads per person', () => {
    let cycleId: string;

    it('answers the third PDF, Word or Excel download in a minute with 429 and Retry-After, and holds up nobody else', async () => {
      cycleId = await firstCycle(t);
      const leader = await t.signIn(LEADER);
      await leader.get(`/api/reviews/cycles/${cycleId}/report.pdf`).expect(200);
      await leader.get(`/api/reviews/cycles/${cycleId}/report.docx`).expect(200);
      const refused = await leader.get(`/api/reviews/cycles/${cycleId}/report.xlsx`).expect(429);
      expect(refused.body.error).toMatchObject({ code: 'too_many_attempts', message: 'You can download at most 2 reports a minute. Wait a moment and try again.' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

      await leader.get(`/api/reviews/cycles/${cycleId}/report.csv`).expect(200);
      await leader.get(`/api/reviews/cycles/${cycleId}/report.html`).expect(200);
      const board = await t.signIn(BOARD);
      await board.get(`/api/reviews/cycles/${cycleId}/report.xlsx`).expect(200);
    });

    it('lets the person download again once the minute has passed', async () => {
      const leader = await t.signIn(LEADER);
      await leader.get(`/api/reviews/cycles/${cycleId}/report.xlsx`).expect(429);
      await t.sql(`UPDATE export_request SET requested_at = requested_at - interval '61 seconds'`);
      await leader.get(`/api/reviews/cycles/${cycleId}/report.xlsx`).expect(200);
    });
  });
});
