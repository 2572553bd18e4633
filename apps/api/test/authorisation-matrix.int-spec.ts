import type request from 'supertest';
import { AUTHORISATION_MATRIX, type MatrixRow, type Outcome, ROLE_EMAIL, ROLES, type Role } from './support/authorisation-matrix.js';
import { createMatrixContext, type MatrixContext } from './support/matrix-context.js';
import { registeredRoutes } from './support/registered-routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = ReturnType<typeof request.agent> | ReturnType<typeof request>;

const outcomeOf = (status: number): Outcome => (status === 401 ? 'signin' : status === 403 ? 'deny' : 'allow');

describe('authorisation matrix', () => {
  let t: TestApp;
  let c: MatrixContext;
  const agents = {} as Record<Role, Agent>;

  beforeAll(async () => {
    t = await createTestApp();
    c = await createMatrixContext(t);
    for (const role of ROLES) agents[role] = role === 'anonymous' ? t.http : await t.signIn(ROLE_EMAIL[role]);
  }, 60_000);
  afterAll(() => t.close());

  it('has exactly one row for every registered route, and no row for a route that is gone', () => {
    const registered = registeredRoutes(t);
    const listed = AUTHORISATION_MATRIX.map((row) => row.route);
    expect(registered.length).toBeGreaterThan(50);
    expect(listed.filter((route, index) => listed.indexOf(route) !== index)).toEqual([]);
    expect({ routesWithoutARow: registered.filter((route) => !listed.includes(route)) }).toEqual({ routesWithoutARow: [] });
    expect({ rowsWithoutARoute: listed.filter((route) => !registered.includes(route)) }).toEqual({ rowsWithoutARoute: [] });
  });

  async function send(row: MatrixRow, role: Role) {
    const [method, routePath] = row.route.split(' ');
    const req = row.request ? await row.request(c, role) : { path: routePath };
    const agent = req.freshSession && role !== 'anonymous' ? await t.signIn(ROLE_EMAIL[role]) : agents[role];
    const call = agent[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](req.path);
    return req.body === undefined ? call : call.send(req.body);
  }

  it('answers every route for every role as the table says', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const row of AUTHORISATION_MATRIX) {
      for (const [column, role] of ROLES.entries()) {
        const response = await send(row, role);
        checked += 1;
        const expected = row.expect[column];
        if (response.status >= 500) mismatches.push(`${row.route} as ${role}: ${response.status} ${response.text.slice(0, 200)}`);
        else if (outcomeOf(response.status) !== expected) mismatches.push(`${row.route} as ${role}: expected ${expected}, got ${response.status} ${response.text.slice(0, 200)}`);
      }
    }
    console.info(`authorisation matrix: ${AUTHORISATION_MATRIX.length} routes x ${ROLES.length} roles = ${checked} requests`);
    expect(mismatches).toEqual([]);
    expect(checked).toBe(AUTHORISATION_MATRIX.length * ROLES.length);
  }, 120_000);
});
