import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { QueryPage } from './query-page';

type Query = UseQueryResult<{ name: string }>;

const show = (query: Partial<Query>, pending?: string) =>
  render(
    <MemoryRouter>
      <QueryPage query={query as Query} pending={pending && <p>{pending}</p>}>
        {(data) => <h1>{data.name}</h1>}
      </QueryPage>
    </MemoryRouter>,
  );

describe('QueryPage', () => {
  it('shows nothing while the record loads, or what the page asks for', () => {
    const { container } = show({ isPending: true, isError: false });
    expect(container.textContent).toBe('');
    show({ isPending: true, isError: false }, 'Loading the partner…');
    expect(screen.getByText('Loading the partner…')).toBeTruthy();
  });

  it('shows the page once the record has arrived', () => {
    show({ isPending: false, isError: false, data: { name: 'Barclays Digital Eagles' } });
    expect(screen.getByRole('heading', { name: 'Barclays Digital Eagles' })).toBeTruthy();
  });

  it('says the page is not found when the API has no such record', () => {
    show({ isPending: false, isError: true, error: new ApiError(404, 'not_found', 'No such action.') });
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });

  it('says there is a problem with the service for any other failure', () => {
    show({ isPending: false, isError: true, error: new ApiError(500, 'internal_error', 'boom') });
    expect(screen.getByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeTruthy();
    show({ isPending: false, isError: true, error: new ApiError(403, 'forbidden', 'No.') });
    expect(screen.getAllByRole('heading', { name: 'Sorry, there is a problem with the service' })).toHaveLength(2);
  });
});
