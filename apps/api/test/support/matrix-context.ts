import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { ADMIN, BOARD, demoIds, PARTNER } from './demo.js';
import { createReviewFlow, type ReviewFlow } from './review-flow.js';
import type { TestApp } from './test-app.js';

type Agent = ReturnType<typeof request.agent>;

/** The records the authorisation matrix points its requests at; fresh ones for requests that use a record up. */
export interface MatrixContext {
  ids: Record<string, string>;
  escalationId: string;
  meetingId: string;
  partnerId: string;
  contactId: string;
  segmentId: string;
  userId: string;
  /** A value no other call returns, for names and emails that must be unique. */
  unique(): string;
  version(table: 'action' | 'escalation' | 'partner' | 'partner_contact' | 'population_segment' | 'app_user', id: string): Promise<number>;
  /** A new action owned by partner@ in the External steering group, or by board@ in the Channel shift board. */
  freshAction(owner: 'partner' | 'board'): Promise<string>;
  /** A new escalation on DI-003 moved on to the given status. */
  freshEscalation(status: 'open' | 'under_review' | 'agreed'): Promise<{ id: string; version: number }>;
  freshUser(): Promise<string>;
  freshContact(): Promise<string>;
  reviews: ReviewFlow;
  /** A progress update posted by partner@ on DI-001 and one by board@ on DI-003. */
  updates: { partner: string; board: string };
  /** A file added by admin@ to DI-003. */
  attachmentId: string;
  /** A new file added by admin@ to DI-003, for a request that removes one. */
  freshAttachment(): Promise<string>;
}

const ok = (response: { status: number; text: string }, what: string) => {
  if (response.status >= 300) throw new Error(`Could not prepare ${what}: ${response.status} ${response.text}`);
};

export async function createMatrixContext(t: TestApp): Promise<MatrixContext> {
  const ids = await demoIds(t);
  const admin: Agent = await t.signIn(ADMIN);
  const board: Agent = await t.signIn(BOARD);
  let counter = 0;
  const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;

  const freshAction = async (owner: 'partner' | 'board') => {
    const body = owner === 'partner' ? { ownerId: ids[PARTNER], owningBodyId: ids.external_steering_group } : { ownerId: ids[BOARD], owningBodyId: ids.channel_shift_board };
    const response = await admin.post('/api/actions').send({ title: `Matrix action ${unique()}`, priorityId: ids.priority1, ...body });
    ok(response, 'an action');
    return response.body.id as string;
  };

  const freshEscalation = async (status: 'open' | 'under_review' | 'agreed') => {
    const raised = await admin
      .post(`/api/actions/${ids['DI-003']}/escalations`)
      .send({ problem: 'Venue lost', impact: 'Drop-ins stop', decisionSought: 'Fund a new venue', urgency: 'routine', neededBy: '2027-01-31' });
    ok(raised, 'an escalation');
    let current = raised.body as { id: string; version: number };
    if (status !== 'open') {
      const taken = await board.post(`/api/escalations/${current.id}/take`).send({ version: current.version });
      ok(taken, 'an escalation under review');
      current = taken.body;
    }
    if (status === 'agreed') {
      const decided = await board.post(`/api/escalations/${current.id}/decision`).send({ version: current.version, outcome: 'agreed', decisionText: 'Agreed' });
      ok(decided, 'an agreed escalation');
      current = decided.body;
    }
    return { id: current.id, version: current.version };
  };

  const freshUser = async () => {
    const response = await admin.post('/api/admin/users').send({ email: `matrix-${unique()}@example.org`, name: 'Matrix Person' });
    ok(response, 'a person');
    return response.body.id as string;
  };

  const partnerId = ids['The Forum'];
  const freshContact = async () => {
    const response = await admin.post(`/api/partners/${partnerId}/contacts`).send({ name: `Contact ${unique()}` });
    ok(response, 'a partner contact');
    return response.body.id as string;
  };

  const freshAttachment = async () => {
    const response = await admin.post(`/api/actions/${ids['DI-003']}/attachments`).attach('file', Buffer.from('%PDF-1.7\n%%EOF\n'), 'matrix.pdf');
    ok(response, 'a file of evidence');
    return response.body.id as string;
  };
  const postUpdate = async (agent: Agent, reference: string) => {
    const response = await agent.post(`/api/actions/${ids[reference]}/updates`).send({ commentary: 'Matrix update', rag: 'green', percentComplete: 5 });
    ok(response, 'a progress update');
    return response.body.id as string;
  };

  const meeting = await board.post('/api/board-meetings').send({ meetingDate: '2026-12-10', title: 'Matrix meeting' });
  ok(meeting, 'a board meeting');

  return {
    ids,
    escalationId: (await freshEscalation('open')).id,
    meetingId: meeting.body.id,
    partnerId,
    contactId: await freshContact(),
    segmentId: ids['Young, well-educated city dwellers'],
    userId: await freshUser(),
    unique,
    async version(table, id) {
      const [row] = await t.sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
      if (!row) throw new Error(`No ${table} ${id}`);
      return row.version;
    },
    freshAction,
    freshEscalation,
    freshUser,
    freshContact,
    reviews: await createReviewFlow(t, ids),
    updates: { partner: await postUpdate(await t.signIn(PARTNER), 'DI-001'), board: await postUpdate(board, 'DI-003') },
    attachmentId: await freshAttachment(),
    freshAttachment,
  };
}

/** An id that names nothing, for routes where any answer but 401/403 proves access (e.g. marking a notification read). */
export const unknownId = () => randomUUID();
