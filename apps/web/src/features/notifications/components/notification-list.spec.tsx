import type { AppNotification } from '@steerline/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../lib/query-client';
import { NotificationList } from './notification-list';

const reminder: AppNotification = {
  id: 'n-1', kind: 'review_return_due_soon', title: 'Review return due 12 December 2026: DI-001', body: 'Your return is due.',
  actionId: 'a-1', escalationId: null, reviewCycleId: 'c-1', reviewReturnId: 'r-1', createdAt: '2026-12-05T08:00:00Z', readAt: null,
};

const show = (notifications: AppNotification[]) =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <NotificationList notifications={notifications} />
      </MemoryRouter>
    </QueryClientProvider>,
  );

describe('notification links', () => {
  it('sends the owner of a return to their own return, not to the cycle page', () => {
    show([reminder]);
    expect(screen.getByRole('link', { name: /^Open your return/ }).getAttribute('href')).toBe('/reviews/returns/r-1');
    expect(screen.queryByRole('link', { name: /View the review cycle/ })).toBeNull();
    expect(screen.getByRole('link', { name: /View the action/ }).getAttribute('href')).toBe('/actions/a-1');
  });

  it('links a notice about a whole cycle to the cycle', () => {
    show([{ ...reminder, kind: 'review_cycle_opened', reviewReturnId: null, actionId: null }]);
    expect(screen.getByRole('link', { name: /View the review cycle/ }).getAttribute('href')).toBe('/reviews/c-1');
  });
});
