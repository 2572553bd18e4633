import { DEMO_PASSWORD } from '../../src/database/seed/demo-data.js';
import { ADMIN, BOARD, LEADER, PARTNER, WORKING } from './demo.js';
import { type MatrixContext, unknownId } from './matrix-context.js';

/**
 * Who may call every route of the API, over HTTP, as one table (DOMAIN.md "Who may do what").
 *
 * Columns, in this order: anonymous, admin, leadership team (leader@), channel shift board (board@),
 * internal working group (working@), external steering group member on their own action (partner@ on DI-001)
 * and on someone else's action (partner@ on DI-003, which is owned by board@ in the Channel shift board and has
 * no partner organisation of theirs). The other signed-in roles act on DI-003 too. Routes without an action in
 * them expect the same in both partner columns.
 *
 * A = allow (any answer but 401/403: a write answering 400/404/409 still got past the access checks),
 * D = deny (403), S = sign in first (401).
 */
export const ROLES = ['anonymous', 'admin', 'leader', 'board', 'working', 'partnerOwn', 'partnerOther'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'allow' | 'deny' | 'signin';
/** Who signs in for each column; anonymous sends no cookie (board@'s address is used only to sign in as a public caller). */
export const ROLE_EMAIL: Record<Role, string> = {
  anonymous: BOARD, admin: ADMIN, leader: LEADER, board: BOARD, working: WORKING, partnerOwn: PARTNER, partnerOther: PARTNER,
};
const A: Outcome = 'allow';
const D: Outcome = 'deny';
const S: Outcome = 'signin';

export interface MatrixRequest {
  path: string;
  body?: object;
  /** Sign in again just for this request (sign-out ends the session it is sent on). */
  freshSession?: boolean;
}

export interface MatrixRow {
  /** METHOD and path as the app registers it, with the /api prefix. */
  route: string;
  expect: readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** The request to send as this role; without it, the route's path as it stands. */
  request?: (c: MatrixContext, role: Role) => MatrixRequest | Promise<MatrixRequest>;
}

const EVERYONE = [A, A, A, A, A, A, A] as const;
const SIGNED_IN = [S, A, A, A, A, A, A] as const;
const ADMIN_ONLY = [S, A, D, D, D, D, D] as const;
const BOARD_ONLY = [S, D, D, A, D, D, D] as const;
/** Open, manage and move review cycles on; send back and accept returns. */
const REVIEW_MANAGERS = [S, A, D, A, D, D, D] as const;
/** Write and submit a review return: only its owner (board@ owns DI-003, partner@ owns DI-001). */
const RETURN_OWNER = [S, D, D, A, D, A, D] as const;

/** Change a risk: admins, and its owner (board@ owns the risk the other columns act on, partner@ the partnerOwn one). */
const RISK_OWNER = [S, A, D, A, D, A, D] as const;

/** partner@'s own risk for partnerOwn, board@'s for everyone else. */
const riskFor = (c: MatrixContext, role: Role) => c.risks[role === 'partnerOwn' ? 'partner' : 'board'];

/** DI-001 for partner@ on their own action, DI-003 for everyone else. */
const actionFor = (c: MatrixContext, role: Role) => c.ids[role === 'partnerOwn' ? 'DI-001' : 'DI-003'];
const returnAction = (role: Role) => (role === 'partnerOwn' ? 'DI-001' : 'DI-003');
const isPartner = (role: Role) => role === 'partnerOwn' || role === 'partnerOther';
const escalationText = { problem: 'Venue lost', impact: 'Drop-ins stop', decisionSought: 'Fund a new venue', urgency: 'routine', neededBy: '2027-01-31' };

export const AUTHORISATION_MATRIX: readonly MatrixRow[] = [
  // Signing in and out, health
  // Each role signs in as itself again (anonymous as board@): a wrong password would answer 401 whoever asks.
  { route: 'POST /api/auth/sign-in', expect: EVERYONE, request: (_c, role) => ({ path: '/api/auth/sign-in', body: { email: ROLE_EMAIL[role], password: DEMO_PASSWORD } }) },
  { route: 'GET /api/me', expect: SIGNED_IN },
  { route: 'GET /api/auth/session', expect: EVERYONE },
  // The sign-in page's choices, and single sign-on's browser redirects (this app has no provider: both redirect to the refusal page).
  { route: 'GET /api/auth/options', expect: EVERYONE },
  { route: 'GET /api/auth/oidc/login', expect: EVERYONE },
  { route: 'GET /api/auth/oidc/callback', expect: EVERYONE, request: () => ({ path: '/api/auth/oidc/callback?code=made-up&state=made-up' }) },
  // A code is asked for only after a correct password: none of these sessions has one waiting, so every caller is told to sign in.
  { route: 'POST /api/auth/two-factor', expect: [S, S, S, S, S, S, S], request: () => ({ path: '/api/auth/two-factor', body: { code: '123456' } }) },
  { route: 'GET /api/auth/two-factor', expect: SIGNED_IN },
  // Setting up an app: the signed-in person (or a sign-in MFA_REQUIRED holds for it); a wrong first code answers 400.
  { route: 'POST /api/auth/two-factor/setup', expect: SIGNED_IN },
  { route: 'POST /api/auth/two-factor/enrol', expect: SIGNED_IN, request: () => ({ path: '/api/auth/two-factor/enrol', body: { code: '000000' } }) },
  { route: 'GET /api/health', expect: EVERYONE },
  { route: 'GET /api/ready', expect: EVERYONE },

  // The action plan
  { route: 'GET /api/actions', expect: SIGNED_IN },
  { route: 'GET /api/actions/export.csv', expect: SIGNED_IN },
  { route: 'GET /api/actions/export.xlsx', expect: SIGNED_IN },
  {
    route: 'POST /api/actions',
    expect: SIGNED_IN,
    request: (c, role) => ({
      path: '/api/actions',
      body: {
        title: `Matrix ${c.unique()}`,
        priorityId: c.ids.priority1,
        ...(isPartner(role) ? { ownerId: c.ids[PARTNER], owningBodyId: c.ids.external_steering_group } : { ownerId: c.ids[BOARD], owningBodyId: c.ids.channel_shift_board }),
      },
    }),
  },
  { route: 'GET /api/actions/:id', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}` }) },
  {
    route: 'PATCH /api/actions/:id',
    expect: [S, A, A, A, A, A, D],
    request: async (c, role) => ({
      path: `/api/actions/${actionFor(c, role)}`,
      body: { version: await c.version('action', actionFor(c, role)), description: `Checked by the authorisation matrix ${c.unique()}` },
    }),
  },
  {
    route: 'POST /api/actions/:id/cancel',
    expect: [S, A, A, A, A, A, D],
    request: async (c, role) => ({ path: `/api/actions/${await c.freshAction(role === 'partnerOwn' ? 'partner' : 'board')}/cancel`, body: { version: 1, reason: 'No longer needed' } }),
  },
  // "Blocked by" links: whoever may edit the waiting action (a repeat answers 409, a link already removed 404: both got past the checks).
  {
    route: 'POST /api/actions/:id/blockers',
    expect: [S, A, A, A, A, A, D],
    request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/blockers`, body: { blockerId: c.ids['DI-002'] } }),
  },
  { route: 'DELETE /api/actions/:id/blockers/:blockerId', expect: [S, A, A, A, A, A, D], request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/blockers/${c.ids['DI-002']}` }) },
  { route: 'GET /api/actions/:id/history', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/history` }) },
  { route: 'GET /api/actions/:id/updates', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/updates` }) },
  {
    // The working group and partners post only on actions they own, their body owns or their organisation works on.
    route: 'POST /api/actions/:id/updates',
    expect: [S, A, A, A, D, A, D],
    request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/updates`, body: { commentary: 'On track', rag: 'green', percentComplete: 10 } }),
  },
  { route: 'GET /api/dashboard', expect: SIGNED_IN },

  // Escalations and the board
  { route: 'POST /api/actions/:id/escalations', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/escalations`, body: escalationText }) },
  { route: 'GET /api/actions/:id/escalations', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/escalations` }) },
  { route: 'GET /api/escalations/queue', expect: SIGNED_IN },
  { route: 'GET /api/escalations/:id', expect: SIGNED_IN, request: (c) => ({ path: `/api/escalations/${c.escalationId}` }) },
  {
    route: 'POST /api/escalations/:id/take',
    expect: BOARD_ONLY,
    request: async (c) => {
      const { id, version } = await c.freshEscalation('open');
      return { path: `/api/escalations/${id}/take`, body: { version } };
    },
  },
  {
    route: 'POST /api/escalations/:id/decision',
    expect: BOARD_ONLY,
    request: async (c) => {
      const { id, version } = await c.freshEscalation('under_review');
      return { path: `/api/escalations/${id}/decision`, body: { version, outcome: 'declined', decisionText: 'Declined: no budget' } };
    },
  },
  {
    route: 'POST /api/escalations/:id/resolve',
    expect: BOARD_ONLY,
    request: async (c) => {
      const { id, version } = await c.freshEscalation('agreed');
      return { path: `/api/escalations/${id}/resolve`, body: { version, outcome: 'Venue moved' } };
    },
  },
  { route: 'GET /api/decisions', expect: SIGNED_IN },
  { route: 'GET /api/decisions.csv', expect: SIGNED_IN },
  { route: 'GET /api/board-meetings', expect: SIGNED_IN },
  { route: 'GET /api/board-meetings/:id', expect: SIGNED_IN, request: (c) => ({ path: `/api/board-meetings/${c.meetingId}` }) },
  { route: 'POST /api/board-meetings', expect: BOARD_ONLY, request: () => ({ path: '/api/board-meetings', body: { meetingDate: '2027-01-14', title: 'January board' } }) },
  {
    route: 'POST /api/board-meetings/:id/agenda',
    expect: BOARD_ONLY,
    request: async (c) => {
      const { id, version } = await c.freshEscalation('open');
      return { path: `/api/board-meetings/${c.meetingId}/agenda`, body: { escalationId: id, version } };
    },
  },

  // Notifications (someone else's or an unknown notification is 404: access to the route is still granted)
  { route: 'GET /api/notifications', expect: SIGNED_IN },
  { route: 'POST /api/notifications/:id/read', expect: SIGNED_IN, request: () => ({ path: `/api/notifications/${unknownId()}/read` }) },

  // Partners
  { route: 'GET /api/partners', expect: SIGNED_IN },
  { route: 'GET /api/partners/:id', expect: SIGNED_IN, request: (c) => ({ path: `/api/partners/${c.partnerId}` }) },
  { route: 'POST /api/partners', expect: ADMIN_ONLY, request: (c) => ({ path: '/api/partners', body: { name: `Matrix partner ${c.unique()}` } }) },
  {
    route: 'PATCH /api/partners/:id',
    expect: ADMIN_ONLY,
    request: async (c) => ({ path: `/api/partners/${c.partnerId}`, body: { version: await c.version('partner', c.partnerId), description: `Checked ${c.unique()}` } }),
  },
  { route: 'GET /api/partners/:id/protocols', expect: SIGNED_IN, request: (c) => ({ path: `/api/partners/${c.partnerId}/protocols` }) },
  {
    route: 'POST /api/partners/:id/protocols',
    expect: ADMIN_ONLY,
    request: (c) => ({ path: `/api/partners/${c.partnerId}/protocols`, body: { protocolName: `Inline for online ${c.unique()}`, protocolVersion: '1.0', signedOn: '2026-04-01', signedBy: 'Jo Bloggs' } }),
  },
  { route: 'GET /api/partners/:id/contacts', expect: SIGNED_IN, request: (c) => ({ path: `/api/partners/${c.partnerId}/contacts` }) },
  { route: 'POST /api/partners/:id/contacts', expect: ADMIN_ONLY, request: (c) => ({ path: `/api/partners/${c.partnerId}/contacts`, body: { name: 'Sam Smith' } }) },
  {
    route: 'PATCH /api/partners/:id/contacts/:contactId',
    expect: ADMIN_ONLY,
    request: async (c) => ({ path: `/api/partners/${c.partnerId}/contacts/${c.contactId}`, body: { version: await c.version('partner_contact', c.contactId), role: `Lead ${c.unique()}` } }),
  },
  { route: 'DELETE /api/partners/:id/contacts/:contactId', expect: ADMIN_ONLY, request: async (c) => ({ path: `/api/partners/${c.partnerId}/contacts/${await c.freshContact()}` }) },

  // Strategy data, segments, people
  { route: 'GET /api/priorities', expect: SIGNED_IN },
  { route: 'GET /api/segments', expect: SIGNED_IN },
  { route: 'GET /api/segments/coverage', expect: SIGNED_IN },
  { route: 'POST /api/segments', expect: ADMIN_ONLY, request: (c) => ({ path: '/api/segments', body: { name: `Matrix segment ${c.unique()}`, householdShare: 1 } }) },
  {
    route: 'PATCH /api/segments/:id',
    expect: ADMIN_ONLY,
    request: async (c) => ({ path: `/api/segments/${c.segmentId}`, body: { version: await c.version('population_segment', c.segmentId), householdShare: 29 } }),
  },
  { route: 'POST /api/segments/:id/retire', expect: ADMIN_ONLY, request: () => ({ path: `/api/segments/${unknownId()}/retire`, body: { version: 1 } }) },
  { route: 'GET /api/strategy', expect: SIGNED_IN },
  { route: 'GET /api/strategy/current', expect: SIGNED_IN },
  // The demo strategy exists, so an admin's create is a 409: past the access checks.
  { route: 'POST /api/strategy', expect: ADMIN_ONLY, request: () => ({ path: '/api/strategy', body: { title: 'Matrix strategy', referencePrefix: 'MX', vision: 'A vision' } }) },
  { route: 'PATCH /api/strategy/:id', expect: ADMIN_ONLY, request: () => ({ path: `/api/strategy/${unknownId()}`, body: { version: 1, title: 'Renamed' } }) },
  { route: 'GET /api/setup', expect: ADMIN_ONLY },
  { route: 'POST /api/priorities', expect: ADMIN_ONLY, request: () => ({ path: '/api/priorities', body: { number: 1, title: 'Taken number' } }) },
  { route: 'PATCH /api/priorities/:id', expect: ADMIN_ONLY, request: () => ({ path: `/api/priorities/${unknownId()}`, body: { version: 1, title: 'Renamed' } }) },
  { route: 'POST /api/priorities/:id/retire', expect: ADMIN_ONLY, request: () => ({ path: `/api/priorities/${unknownId()}/retire`, body: { version: 1 } }) },
  { route: 'GET /api/people', expect: SIGNED_IN },
  { route: 'GET /api/bodies', expect: SIGNED_IN },
  { route: 'GET /api/bodies/:id', expect: SIGNED_IN, request: (c) => ({ path: `/api/bodies/${c.ids.channel_shift_board}` }) },
  {
    route: 'POST /api/bodies',
    expect: ADMIN_ONLY,
    request: (c) => ({ path: '/api/bodies', body: { name: `Matrix body ${c.unique()}`, kind: 'internal_working_group' } }),
  },
  { route: 'PATCH /api/bodies/:id', expect: ADMIN_ONLY, request: () => ({ path: `/api/bodies/${unknownId()}`, body: { version: 1, remit: 'New remit' } }) },
  { route: 'POST /api/bodies/:id/retire', expect: ADMIN_ONLY, request: () => ({ path: `/api/bodies/${unknownId()}/retire`, body: { version: 1 } }) },
  { route: 'GET /api/admin/users', expect: ADMIN_ONLY },
  {
    route: 'POST /api/admin/users',
    expect: ADMIN_ONLY,
    request: (c) => ({ path: '/api/admin/users', body: { email: `matrix-${c.unique()}@example.org`, name: 'Sam Smith' } }),
  },
  {
    route: 'PATCH /api/admin/users/:id',
    expect: ADMIN_ONLY,
    request: async (c) => ({ path: `/api/admin/users/${c.userId}`, body: { version: await c.version('app_user', c.userId), name: `Renamed ${c.unique()}` } }),
  },
  { route: 'POST /api/admin/users/:id/invitation', expect: ADMIN_ONLY, request: async (c) => ({ path: `/api/admin/users/${await c.freshUser()}/invitation` }) },
  { route: 'POST /api/admin/users/:id/deactivate', expect: ADMIN_ONLY, request: async (c) => ({ path: `/api/admin/users/${await c.freshUser()}/deactivate` }) },
  {
    route: 'POST /api/admin/users/:id/reactivate',
    expect: ADMIN_ONLY,
    request: async (c) => ({ path: `/api/admin/users/${await c.freshUser()}/reactivate` }),
  },
  { route: 'DELETE /api/admin/users/:id/two-factor', expect: ADMIN_ONLY, request: async (c) => ({ path: `/api/admin/users/${await c.freshUser()}/two-factor` }) },
  { route: 'GET /api/audit', expect: ADMIN_ONLY },

  // Review cycles and returns (a return belongs to an action: partner@'s own is DI-001's, everyone else's is DI-003's)
  { route: 'GET /api/reviews/cycles', expect: SIGNED_IN },
  { route: 'POST /api/reviews/cycles', expect: REVIEW_MANAGERS, request: (c) => ({ path: '/api/reviews/cycles', body: { name: `Matrix review ${c.unique()}`, periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' } }) },
  { route: 'GET /api/reviews/cycles/:id', expect: SIGNED_IN, request: async (c) => ({ path: `/api/reviews/cycles/${(await c.reviews.signedOff()).id}` }) },
  {
    route: 'PATCH /api/reviews/cycles/:id',
    expect: REVIEW_MANAGERS,
    request: async (c) => {
      const cycle = await c.reviews.draft();
      return { path: `/api/reviews/cycles/${cycle.id}`, body: { version: cycle.version, returnsDue: '2026-11-15' } };
    },
  },
  {
    route: 'POST /api/reviews/cycles/:id/open',
    expect: REVIEW_MANAGERS,
    request: async (c) => {
      const cycle = await c.reviews.openable();
      return { path: `/api/reviews/cycles/${cycle.id}/open`, body: { version: cycle.version } };
    },
  },
  {
    route: 'POST /api/reviews/cycles/:id/board-review',
    expect: REVIEW_MANAGERS,
    request: async (c) => {
      const cycle = await c.reviews.inProgress('open');
      return { path: `/api/reviews/cycles/${cycle.id}/board-review`, body: { version: cycle.version } };
    },
  },
  {
    route: 'POST /api/reviews/cycles/:id/sign-off',
    expect: [S, D, A, D, D, D, D],
    request: async (c) => {
      const cycle = await c.reviews.inProgress('board_review');
      return { path: `/api/reviews/cycles/${cycle.id}/sign-off`, body: { version: cycle.version } };
    },
  },
  { route: 'GET /api/reviews/cycles/:id/returns', expect: SIGNED_IN, request: async (c) => ({ path: `/api/reviews/cycles/${(await c.reviews.signedOff()).id}/returns` }) },
  { route: 'GET /api/reviews/returns/mine', expect: SIGNED_IN },
  { route: 'GET /api/reviews/returns/:id', expect: SIGNED_IN, request: async (c, role) => ({ path: `/api/reviews/returns/${(await c.reviews.returnOf(returnAction(role), 'with_owner')).id}` }) },
  {
    route: 'PUT /api/reviews/returns/:id',
    expect: RETURN_OWNER,
    request: async (c, role) => {
      const saved = await c.reviews.returnOf(returnAction(role), 'with_owner');
      return { path: `/api/reviews/returns/${saved.id}`, body: { version: saved.version, narrative: `Checked by the authorisation matrix ${c.unique()}` } };
    },
  },
  {
    route: 'POST /api/reviews/returns/:id/submit',
    expect: RETURN_OWNER,
    request: async (c, role) => {
      const saved = await c.reviews.returnOf(returnAction(role), 'with_owner');
      return { path: `/api/reviews/returns/${saved.id}/submit`, body: { version: saved.version } };
    },
  },
  {
    route: 'POST /api/reviews/returns/:id/send-back',
    expect: REVIEW_MANAGERS,
    request: async (c) => {
      const submitted = await c.reviews.returnOf('DI-003', 'submitted');
      return { path: `/api/reviews/returns/${submitted.id}/send-back`, body: { version: submitted.version, comment: 'Add the attendance figures' } };
    },
  },
  {
    route: 'POST /api/reviews/returns/:id/accept',
    expect: REVIEW_MANAGERS,
    request: async (c) => {
      const submitted = await c.reviews.returnOf('DI-003', 'submitted');
      return { path: `/api/reviews/returns/${submitted.id}/accept`, body: { version: submitted.version } };
    },
  },
  ...(['report', 'report.html', 'report.pdf', 'report.docx', 'report.xlsx', 'report.csv'] as const).map(
    (file): MatrixRow => ({ route: `GET /api/reviews/cycles/:id/${file}`, expect: SIGNED_IN, request: async (c) => ({ path: `/api/reviews/cycles/${(await c.reviews.signedOff()).id}/${file}` }) }),
  ),
  {
    route: 'GET /api/reviews/compare',
    expect: SIGNED_IN,
    request: async (c) => ({ path: `/api/reviews/compare?from=${(await c.reviews.signedOff()).id}&to=${(await c.reviews.inProgress('open')).id}` }),
  },

  // Evidence (an upload without a file answers 400 once past the access checks)
  { route: 'GET /api/actions/:id/attachments', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/attachments` }) },
  // Whoever may post an update on the action or edit it; partner@ may do neither on DI-003.
  { route: 'POST /api/actions/:id/attachments', expect: [S, A, A, A, A, A, D], request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/attachments` }) },
  {
    // Only the update's author: board@ posted the one on DI-003, partner@ the one on DI-001.
    route: 'POST /api/actions/:id/updates/:updateId/attachments',
    expect: [S, D, D, A, D, A, D],
    request: (c, role) => ({ path: `/api/actions/${actionFor(c, role)}/updates/${role === 'partnerOwn' ? c.updates.partner : c.updates.board}/attachments` }),
  },
  { route: 'GET /api/reviews/returns/:id/attachments', expect: SIGNED_IN, request: async (c, role) => ({ path: `/api/reviews/returns/${(await c.reviews.returnOf(returnAction(role), 'with_owner')).id}/attachments` }) },
  { route: 'POST /api/reviews/returns/:id/attachments', expect: RETURN_OWNER, request: async (c, role) => ({ path: `/api/reviews/returns/${(await c.reviews.returnOf(returnAction(role), 'with_owner')).id}/attachments` }) },
  { route: 'GET /api/escalations/:id/attachments', expect: SIGNED_IN, request: (c) => ({ path: `/api/escalations/${c.escalationId}/attachments` }) },
  // admin@ raised it; the board decides it.
  { route: 'POST /api/escalations/:id/attachments', expect: [S, A, D, A, D, D, D], request: (c) => ({ path: `/api/escalations/${c.escalationId}/attachments` }) },
  { route: 'GET /api/attachments/:id', expect: SIGNED_IN, request: (c) => ({ path: `/api/attachments/${c.attachmentId}` }) },
  // Only the person who added the file (admin@ here).
  { route: 'DELETE /api/attachments/:id', expect: ADMIN_ONLY, request: async (c) => ({ path: `/api/attachments/${await c.freshAttachment()}` }) },

  // The risk register: everyone reads; all but the external steering group add risks; only a risk's owner and admins change it
  // (board@ owns the risk the other columns act on, partner@ the one partnerOwn acts on); a mitigation's owner may also change it.
  { route: 'GET /api/risks', expect: SIGNED_IN },
  {
    route: 'POST /api/risks',
    expect: [S, A, A, A, A, D, D],
    request: (c) => ({
      path: '/api/risks',
      body: { title: `Matrix risk ${c.unique()}`, cause: 'Cause', effect: 'Effect', ownerId: c.ids[BOARD], likelihood: 2, impact: 2, targetScore: 1, reviewDate: '2027-01-31' },
    }),
  },
  { route: 'GET /api/risks/:id', expect: SIGNED_IN, request: (c, role) => ({ path: `/api/risks/${riskFor(c, role).id}` }) },
  {
    route: 'PATCH /api/risks/:id',
    expect: RISK_OWNER,
    request: async (c, role) => ({ path: `/api/risks/${riskFor(c, role).id}`, body: { version: await c.version('risk', riskFor(c, role).id), title: `Matrix risk ${c.unique()}` } }),
  },
  {
    route: 'POST /api/risks/:id/reviews',
    expect: RISK_OWNER,
    request: async (c, role) => ({
      path: `/api/risks/${riskFor(c, role).id}/reviews`,
      body: { version: await c.version('risk', riskFor(c, role).id), likelihood: 3, impact: 3, status: 'open', note: 'Reviewed', nextReviewDate: '2027-02-28' },
    }),
  },
  // Raising an escalation from a risk is open to everyone who may raise one on an action (every role).
  {
    route: 'POST /api/risks/:id/escalations',
    expect: SIGNED_IN,
    request: (c, role) => ({ path: `/api/risks/${riskFor(c, role).id}/escalations`, body: { ...escalationText, actionId: c.ids['DI-003'] } }),
  },
  {
    route: 'POST /api/risks/:id/mitigations',
    expect: RISK_OWNER,
    request: async (c, role) => ({
      path: `/api/risks/${riskFor(c, role).id}/mitigations`,
      body: { version: await c.version('risk', riskFor(c, role).id), description: 'Another venue', ownerId: c.ids[BOARD], dueDate: '2027-01-31' },
    }),
  },
  {
    route: 'PATCH /api/risks/:id/mitigations/:mitigationId',
    expect: RISK_OWNER,
    request: async (c, role) => {
      const { id, mitigationId } = riskFor(c, role);
      return { path: `/api/risks/${id}/mitigations/${mitigationId}`, body: { version: await c.version('risk_mitigation', mitigationId), dueDate: '2027-01-20' } };
    },
  },

  // Import (an empty upload answers 400: the route was reached)
  { route: 'GET /api/import/template.xlsx', expect: SIGNED_IN },
  { route: 'GET /api/import/template.csv', expect: SIGNED_IN },
  { route: 'POST /api/import/dry-run', expect: ADMIN_ONLY },
  { route: 'POST /api/import', expect: ADMIN_ONLY },

  // One-time links and forgotten passwords are for people who cannot sign in: public, answering 404/410 for a made-up link.
  { route: 'POST /api/account/links/check', expect: EVERYONE, request: () => ({ path: '/api/account/links/check', body: { token: 'A'.repeat(43) } }) },
  { route: 'POST /api/account/set-password', expect: EVERYONE, request: () => ({ path: '/api/account/set-password', body: { token: 'A'.repeat(43), password: 'a-long-enough-password' } }) },
  { route: 'POST /api/account/password-reset', expect: EVERYONE, request: (c) => ({ path: '/api/account/password-reset', body: { email: `nobody-${c.unique()}@example.org` } }) },
  // A wrong current password answers 400: past the access check, and no password changes.
  { route: 'PUT /api/account/password', expect: SIGNED_IN, request: () => ({ path: '/api/account/password', body: { currentPassword: 'not-the-password', newPassword: 'a-long-enough-password' } }) },
  { route: 'GET /api/account/weekly-email', expect: SIGNED_IN },
  { route: 'PUT /api/account/weekly-email', expect: SIGNED_IN, request: () => ({ path: '/api/account/weekly-email', body: { weeklyDueEmail: true } }) },
  // Report e-mails: a reader's own subscriptions, outside addresses for administrators; an unknown subscription is 404.
  { route: 'GET /api/subscriptions', expect: SIGNED_IN },
  { route: 'POST /api/subscriptions', expect: SIGNED_IN, request: () => ({ path: '/api/subscriptions', body: { strategyId: null, frequency: 'monthly' } }) },
  { route: 'DELETE /api/subscriptions/:id', expect: SIGNED_IN, request: () => ({ path: '/api/subscriptions/00000000-0000-4000-8000-000000000000' }) },
  { route: 'GET /api/admin/subscriptions', expect: ADMIN_ONLY },
  { route: 'POST /api/admin/subscriptions', expect: ADMIN_ONLY, request: (c) => ({ path: '/api/admin/subscriptions', body: { email: `matrix-${c.unique()}@example.org`, strategyId: null, frequency: 'weekly' } }) },
  { route: 'DELETE /api/admin/subscriptions/:id', expect: ADMIN_ONLY, request: () => ({ path: '/api/admin/subscriptions/00000000-0000-4000-8000-000000000000' }) },
  // The unsubscribe link works with no sign-in: a made-up token answers 404 link_unknown.
  { route: 'GET /api/unsubscribe/:token', expect: EVERYONE, request: () => ({ path: `/api/unsubscribe/${'A'.repeat(43)}` }) },
  { route: 'POST /api/unsubscribe/:token', expect: EVERYONE, request: () => ({ path: `/api/unsubscribe/${'A'.repeat(43)}` }) },
  // Last: signing out ends every session of the user, including the ones the rows above use.
  { route: 'POST /api/auth/sign-out', expect: SIGNED_IN, request: () => ({ path: '/api/auth/sign-out', freshSession: true }) },
];
