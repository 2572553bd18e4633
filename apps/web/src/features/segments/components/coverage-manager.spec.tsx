import type { SegmentCoverage } from '@steerline/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../lib/query-client';
import { fakeApi } from '../../../testing/fake-api';
import { CoverageManager } from './coverage-manager';

const SEGMENT_ID = '0b7f6a2e-3c1d-4e5f-8a9b-0c1d2e3f4a5b';

const elderly = (version = 1, householdShare = 13): SegmentCoverage => ({
  id: SEGMENT_ID,
  name: 'Elderly people reliant on state support',
  householdShare,
  veryLowPropensity: true,
  description: '',
  retired: false,
  version,
  liveActions: [],
  uncovered: true,
});

function show(canManage: boolean, segments = [elderly()]) {
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <CoverageManager segments={segments} canManage={canManage} onSaved={onSaved} onOpen={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { onSaved };
}

const submit = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('managing population segments on the coverage page', () => {
  it('offers no Add or Edit to someone without admin:manage', () => {
    show(false);
    expect(screen.getByRole('table', { name: 'Population segments and the live actions that target them' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a population segment' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit/ })).toBeNull();
  });

  it('shows a duplicate name inline and in the error summary, linked to the field', async () => {
    const api = fakeApi({
      'POST /api/segments': {
        status: 409,
        body: { error: { code: 'conflict', message: 'A segment with this name already exists.', details: [{ field: 'name', messages: ['A segment with this name already exists'] }] } },
      },
    });
    show(true);
    submit('Add a population segment');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Elderly people reliant on state support' } });
    fireEvent.change(screen.getByLabelText('Share of households'), { target: { value: '2' } });
    fireEvent.click(screen.getByLabelText('Very low propensity to self-serve'));
    submit('Add segment');

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'A segment with this name already exists' }).getAttribute('href')).toBe('#segment-name');
    expect(document.getElementById('segment-name-error')?.textContent).toBe('Error: A segment with this name already exists');
    expect(screen.getByLabelText('Name').getAttribute('aria-describedby')).toContain('segment-name-error');
    expect(api.requests[0]).toEqual({
      route: 'POST /api/segments',
      body: { name: 'Elderly people reliant on state support', householdShare: 2, veryLowPropensity: true, description: '' },
    });
  });

  it('edits a segment with the version it was based on, then reports the save', async () => {
    const api = fakeApi({
      [`PATCH /api/segments/${SEGMENT_ID}`]: { status: 200, body: { ...elderly(2, 14.5), liveActions: undefined, uncovered: undefined } },
      'GET /api/segments/coverage': { status: 200, body: [elderly(2, 14.5)] },
    });
    const { onSaved } = show(true);
    submit('Edit Elderly people reliant on state support');
    expect(screen.getByLabelText('Share of households')).toHaveProperty('value', '13');
    expect(screen.getByLabelText('Very low propensity to self-serve')).toHaveProperty('checked', true);
    fireEvent.change(screen.getByLabelText('Share of households'), { target: { value: '14.5' } });
    submit('Save changes');

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Elderly people reliant on state support has been updated'));
    expect(api.requests[0]?.body).toEqual({ version: 1, name: 'Elderly people reliant on state support', householdShare: 14.5, veryLowPropensity: true, description: '' });
  });

  it('refuses a stale edit with the stale-version notice instead of an error summary', async () => {
    fakeApi({
      [`PATCH /api/segments/${SEGMENT_ID}`]: {
        status: 409,
        body: { error: { code: 'stale_version', message: 'The segment was changed by someone else.', details: { current: elderly(2, 20) } } },
      },
    });
    show(true);
    submit('Edit Elderly people reliant on state support');
    submit('Save changes');

    expect(await screen.findByText('Someone else changed this segment while you were editing')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the latest version' })).toBeTruthy();
    expect(screen.queryByText('There is a problem')).toBeNull();
  });
});
