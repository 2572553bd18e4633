import { IMPORT_COLUMNS } from '@steerline/contracts';
import { createEmptyApp, FIRST_ADMIN, PASSWORD } from './support/empty-app.js';
import { registeredRoutes } from './support/registered-routes.js';
import type { TestApp } from './support/test-app.js';

/** Before the strategy is set up, every page a signed-in administrator can open reads its data without failing. */
describe('an empty database (no strategy, priorities, bodies or segments)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>;
  beforeAll(async () => {
    t = await createEmptyApp();
    admin = await t.signIn(FIRST_ADMIN, PASSWORD);
  });
  afterAll(() => t.close());

  it('answers every GET route without a path parameter with something other than a server error', async () => {
    const reads = registeredRoutes(t)
      .filter((route) => route.startsWith('GET ') && !route.includes(':'))
      .map((route) => route.slice(4));
    expect(reads).toEqual(expect.arrayContaining(['/api/dashboard', '/api/actions', '/api/segments/coverage', '/api/setup', '/api/strategy']));
    const failures: string[] = [];
    for (const path of reads) {
      const response = await admin.get(path);
      if (response.status >= 500) failures.push(`${path} answered ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('gives the dashboard, the action list and coverage empty answers rather than errors', async () => {
    const dashboard = (await admin.get('/api/dashboard').expect(200)).body;
    expect(dashboard).toMatchObject({ ragByPriority: [], overdue: { items: [], total: 0 }, milestonesDueSoon: { items: [], total: 0 } });
    expect((await admin.get('/api/actions').expect(200)).body).toMatchObject({ items: [], total: 0 });
    expect((await admin.get('/api/segments/coverage').expect(200)).body).toEqual([]);
    expect((await admin.get('/api/priorities').expect(200)).body).toEqual([]);
    expect((await admin.get('/api/bodies').expect(200)).body).toEqual([]);
  });

  it('refuses an import before there is a strategy with a clear message, not a failure', async () => {
    const headers = IMPORT_COLUMNS.map((column) => column.header);
    const file = `${headers.join(',')}\r\n${headers.map((header) => (header === 'Title' ? 'Something' : '')).join(',')}\r\n`;
    const response = await admin.post('/api/import/dry-run').attach('file', Buffer.from(file), 'plan.csv');
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('Set up the strategy before importing actions.');
  });
});
