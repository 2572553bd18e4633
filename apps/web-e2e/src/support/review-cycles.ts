import type { APIRequestContext } from '@playwright/test';
import type { ReviewCycleSummary } from '@steerline/contracts';
import { DEMO_PASSWORD, expect } from './fixtures.js';

async function as(request: APIRequestContext, email: string): Promise<void> {
  expect((await request.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } })).ok()).toBe(true);
}

async function move(request: APIRequestContext, cycle: { id: string; version: number }, step: 'board-review' | 'sign-off'): Promise<number> {
  const moved = await request.post(`/api/reviews/cycles/${cycle.id}/${step}`, { data: { version: cycle.version } });
  expect(moved.ok(), await moved.text()).toBe(true);
  return ((await moved.json()) as { version: number }).version;
}

/**
 * A strategy has one cycle open or in board review at a time, and the demo has one open: a journey that opens its own
 * first takes that one through board review (as the board) to sign-off (as the leadership team), whatever ran before.
 */
export async function signOffCycleInProgress(request: APIRequestContext): Promise<void> {
  await as(request, 'board@steerline.example');
  const cycles = (await (await request.get('/api/reviews/cycles')).json()) as ReviewCycleSummary[];
  const cycle = cycles.find((candidate) => candidate.status === 'open' || candidate.status === 'board_review');
  if (cycle && cycle.status === 'open') cycle.version = await move(request, cycle, 'board-review');
  await request.post('/api/auth/sign-out');
  if (!cycle) return;
  await as(request, 'leader@steerline.example');
  await move(request, cycle, 'sign-off');
  await request.post('/api/auth/sign-out');
}
