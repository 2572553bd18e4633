import type { MeResponse, ReviewCycleDetail, ReviewReturn } from '@steerline/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { fakeApi, signedInAs } from '../../testing/fake-api';
import { AppRouter } from '../app-router';
import { AppProvider } from '../provider';
import { routes } from '../router';

const CYCLE_ID = '0b7c1a4e-1b2c-4d3e-8f90-123456789abc';
const RETURN_ID = '1c8d2b5f-1b2c-4d3e-8f90-123456789abc';

const leader: MeResponse = {
  id: 'u-2',
  email: 'leader@steerline.example',
  name: 'Lesley Leader',
  isAdmin: false,
  partner: null,
  bodies: [{ id: 'b-1', name: 'Corporate leadership team', kind: 'leadership_team' }],
  permissions: ['plan:read', 'review:submit-own', 'review:sign-off'],
};

const board: MeResponse = { ...leader, id: 'u-3', email: 'board@steerline.example', name: 'Bola Board', permissions: ['plan:read', 'review:manage'] };

const counts = { not_started: 0, draft: 0, submitted: 0, sent_back: 0, accepted: 3 };

const cycle = (change: Partial<ReviewCycleDetail> = {}): ReviewCycleDetail => ({
  id: CYCLE_ID,
  name: 'April to September 2026',
  periodStart: '2026-04-01',
  periodEnd: '2026-09-30',
  returnsDue: '2026-10-31',
  reminderDaysBefore: 7,
  status: 'board_review',
  returnCounts: counts,
  totalReturns: 3,
  signedOffAt: null,
  signedOffBy: null,
  version: 5,
  createdAt: '2026-09-01T09:00:00Z',
  openedAt: '2026-09-02T09:00:00Z',
  boardReviewAt: '2026-11-01T09:00:00Z',
  can: { edit: false, open: false, startBoardReview: false, signOff: true },
  ...change,
});

const noNotifications = { status: 200, body: { items: [], unreadCount: 0 } };
const emptyTracker = { status: 200, body: { items: [], total: 0, page: 1, pageSize: 50 } };

function open(path: string) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <AppRouter router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </AppProvider>,
  );
}

describe('review cycle page', () => {
  it('signs off only once the leader confirms, and then says the cycle can no longer change', async () => {
    const signedOff = cycle({ status: 'signed_off', signedOffAt: '2026-11-27T10:00:00Z', signedOffBy: { id: 'u-2', name: 'Lesley Leader' }, version: 6 });
    signedOff.can = { edit: false, open: false, startBoardReview: false, signOff: false };
    const { requests } = fakeApi({
      'GET /api/auth/session': signedInAs(leader),
      'GET /api/notifications': noNotifications,
      [`GET /api/reviews/cycles/${CYCLE_ID}`]: () => ({ status: 200, body: requests.some((r) => r.route.startsWith('POST')) ? signedOff : cycle() }),
      [`GET /api/reviews/cycles/${CYCLE_ID}/returns`]: emptyTracker,
      [`POST /api/reviews/cycles/${CYCLE_ID}/sign-off`]: { status: 200, body: signedOff },
      'GET /api/priorities': { status: 200, body: [] },
      'GET /api/bodies': { status: 200, body: [] },
    });
    open(`/reviews/${CYCLE_ID}`);

    const signOff = await screen.findByRole('button', { name: 'Sign off the cycle' });
    expect(screen.getByText(/Signing off freezes the cycle/)).toBeTruthy();
    fireEvent.click(signOff);
    expect(await screen.findByRole('link', { name: 'Confirm that you sign off this review cycle' })).toBeTruthy();
    expect(requests.filter((r) => r.route.startsWith('POST'))).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: /I confirm/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign off the cycle' }));
    expect(await screen.findByText('The cycle has been signed off')).toBeTruthy();
    expect(requests.find((r) => r.route.startsWith('POST'))).toEqual({ route: `POST /api/reviews/cycles/${CYCLE_ID}/sign-off`, body: { version: 5 } });
    expect(await screen.findByText(/This cycle was signed off on 27 November 2026 and can no longer change/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign off the cycle' })).toBeNull();
  });
});

describe('review return page', () => {
  const submitted: ReviewReturn = {
    id: RETURN_ID,
    cycle: { id: CYCLE_ID, name: 'April to September 2026', status: 'open', returnsDue: '2026-10-31' },
    action: { id: 'a-2', reference: 'DI-002', title: 'Inline for online card', description: '', dueDate: '2026-12-31', priority: { id: 'p-6', number: 6, title: 'Partners' } },
    owner: { id: 'u-4', name: 'Wren Working' },
    status: 'submitted',
    actionStatus: 'in_progress',
    rag: 'green',
    ragReason: null,
    correctiveAction: null,
    revisedDate: null,
    narrative: 'Twelve partners signed up.',
    nextSteps: 'Libraries next.',
    measures: [],
    amendments: [],
    boardComment: null,
    submittedAt: '2026-10-20T10:00:00Z',
    acceptedAt: null,
    version: 2,
    can: { edit: false, submit: false, sendBack: true, accept: true },
  };

  it('tells the board someone else changed the return first, and saves nothing over it', async () => {
    const { requests } = fakeApi({
      'GET /api/auth/session': signedInAs(board),
      'GET /api/notifications': noNotifications,
      [`GET /api/reviews/returns/${RETURN_ID}`]: { status: 200, body: submitted },
      [`GET /api/reviews/cycles/${CYCLE_ID}`]: { status: 200, body: cycle({ status: 'open' }) },
      [`POST /api/reviews/returns/${RETURN_ID}/accept`]: {
        status: 409,
        body: { error: { code: 'stale_version', message: 'Someone else changed this return', details: { current: { ...submitted, version: 3 } } } },
      },
    });
    open(`/reviews/returns/${RETURN_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Accept return' }));
    expect(await screen.findByText('Someone else changed this return while you were editing')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the latest version' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept return' })).toBeNull();
    expect(requests.filter((r) => r.route.startsWith('POST'))).toHaveLength(1);
  });

  it('asks the board for a comment before sending a return back', async () => {
    const { requests } = fakeApi({
      'GET /api/auth/session': signedInAs(board),
      'GET /api/notifications': noNotifications,
      [`GET /api/reviews/returns/${RETURN_ID}`]: { status: 200, body: submitted },
      [`GET /api/reviews/cycles/${CYCLE_ID}`]: { status: 200, body: cycle({ status: 'open' }) },
    });
    open(`/reviews/returns/${RETURN_ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Send back' }));
    expect(await screen.findByRole('link', { name: 'Enter a comment for the owner' })).toBeTruthy();
    expect(requests.filter((r) => r.route.startsWith('POST'))).toEqual([]);
  });
});
