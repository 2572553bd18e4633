import type request from 'supertest';
import { ADMIN, BOARD, LEADER, PARTNER } from './demo.js';
import type { TestApp } from './test-app.js';

type Agent = ReturnType<typeof request.agent>;
export interface Versioned {
  id: string;
  version: number;
}

/**
 * Puts review cycles and returns into the state a test needs, through the API. A strategy has one cycle in progress
 * (open or in board review) at a time, so getting a fresh one first signs off the one in progress.
 */
export interface ReviewFlow {
  /** A new draft cycle. */
  draft(): Promise<Versioned>;
  /** A draft cycle while no other is in progress, ready to be opened. */
  openable(): Promise<Versioned>;
  /** The cycle in progress, moved to (or started in) this status. */
  inProgress(status: 'open' | 'board_review'): Promise<Versioned>;
  /** A signed-off cycle (made once), for reports. */
  signedOff(): Promise<Versioned>;
  /** The return of the action (by reference) in the cycle in progress, with its owner (content filled in) or submitted. */
  returnOf(reference: string, state: 'with_owner' | 'submitted'): Promise<Versioned>;
}

const ok = <T>(response: { status: number; text: string; body: T }, what: string): T => {
  if (response.status >= 300) throw new Error(`Could not ${what}: ${response.status} ${response.text}`);
  return response.body;
};

export async function createReviewFlow(t: TestApp, ids: Record<string, string>): Promise<ReviewFlow> {
  const agents: Record<string, Agent> = {
    admin: await t.signIn(ADMIN),
    board: await t.signIn(BOARD),
    leader: await t.signIn(LEADER),
    partner: await t.signIn(PARTNER),
  };
  const ownerOf: Record<string, Agent> = { 'DI-001': agents.partner, 'DI-003': agents.board };
  let counter = 0;
  let signedOff: Versioned | null = null;

  const move = async (cycle: Versioned, path: 'open' | 'board-review' | 'sign-off'): Promise<Versioned> =>
    ok(await (path === 'sign-off' ? agents.leader : agents.board).post(`/api/reviews/cycles/${cycle.id}/${path}`).send({ version: cycle.version }), `${path} a cycle`);

  const current = async (): Promise<(Versioned & { status: string }) | null> => {
    const [row] = await t.sql<Versioned & { status: string }>(`SELECT id, version, status FROM review_cycle WHERE status IN ('open', 'board_review')`);
    return row ?? null;
  };

  const draft = async (): Promise<Versioned> =>
    ok(
      await agents.admin.post('/api/reviews/cycles').send({ name: `Review ${(counter += 1)}`, periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' }),
      'create a cycle',
    );

  const finishInProgress = async (): Promise<Versioned | null> => {
    let cycle = await current();
    if (!cycle) return null;
    if (cycle.status === 'open') cycle = { ...(await move(cycle, 'board-review')), status: 'board_review' };
    return move(cycle, 'sign-off');
  };

  const freshOpen = async (): Promise<Versioned> => {
    await finishInProgress();
    return move(await draft(), 'open');
  };

  const inProgress = async (status: 'open' | 'board_review'): Promise<Versioned> => {
    const cycle = await current();
    if (cycle?.status === status) return cycle;
    if (status === 'open') return freshOpen();
    return move(cycle?.status === 'open' ? cycle : await freshOpen(), 'board-review');
  };

  const returnRow = async (cycleId: string, reference: string) => {
    const [row] = await t.sql<Versioned & { status: string }>(`SELECT id, version, status FROM review_return WHERE cycle_id = $1 AND action_id = $2`, [cycleId, ids[reference]]);
    return row;
  };

  const withOwner = async (reference: string): Promise<Versioned> => {
    const cycle = (await current()) ?? (await freshOpen());
    let row = await returnRow(cycle.id, reference);
    if (!row || row.status === 'accepted') row = await returnRow((await freshOpen()).id, reference);
    if (row.status === 'submitted') {
      row = { ...ok<Versioned>(await agents.board.post(`/api/reviews/returns/${row.id}/send-back`).send({ version: row.version, comment: 'Please add more' }), 'send a return back'), status: 'sent_back' };
    }
    const content = { version: row.version, actionStatus: 'in_progress', rag: 'green', narrative: 'Two drop-ins held; 38 people helped.', nextSteps: 'Keep going' };
    return ok<Versioned>(await ownerOf[reference].put(`/api/reviews/returns/${row.id}`).send(content), 'save a return');
  };

  return {
    draft,
    async openable() {
      await finishInProgress();
      return draft();
    },
    inProgress,
    async signedOff() {
      if (!signedOff) {
        await inProgress('board_review');
        signedOff = await finishInProgress();
      }
      return signedOff!;
    },
    async returnOf(reference, state) {
      const saved = await withOwner(reference);
      if (state === 'with_owner') return saved;
      return ok<Versioned>(await ownerOf[reference].post(`/api/reviews/returns/${saved.id}/submit`).send({ version: saved.version }), 'submit a return');
    },
  };
}
