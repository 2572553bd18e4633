import { describe, expect, it } from 'vitest';
import { parseTrackerFilters, returnsProgress, toTrackerQuery, trackerCounts } from './tracker-params';

const counts = { not_started: 3, draft: 2, submitted: 4, sent_back: 1, accepted: 6 };

describe('the tracker filters in the URL', () => {
  it('reads statuses in a stable order, the owner and the search, dropping what it does not know', () => {
    expect(parseTrackerFilters(new URLSearchParams('status=accepted,submitted&status=bogus&priority=3&body=b1&owner=me&q=%20DI-002%20&page=2'))).toEqual({
      status: ['submitted', 'accepted'],
      priority: '3',
      body: 'b1',
      mine: true,
      q: 'DI-002',
      page: 2,
    });
    expect(parseTrackerFilters(new URLSearchParams('page=0&owner=someone'))).toEqual({ status: [], priority: '', body: '', mine: false, q: '', page: 1 });
  });

  it('writes the same filters back for the page, and asks the API for drafts along with missing returns', () => {
    const filters = { status: ['not_started' as const, 'sent_back' as const], priority: '2', body: '', mine: true, q: 'card', page: 3 };
    expect(toTrackerQuery(filters)).toBe('status=not_started&status=sent_back&priority=2&owner=me&q=card&page=3');
    expect(toTrackerQuery(filters, { forApi: true })).toBe('status=not_started&status=draft&status=sent_back&priority=2&owner=me&q=card&page=3');
    expect(parseTrackerFilters(new URLSearchParams(toTrackerQuery(filters)))).toEqual(filters);
  });
});

describe('the counts shown', () => {
  it('counts drafts as missing', () => {
    expect(trackerCounts(counts)).toEqual({ not_started: 5, submitted: 4, sent_back: 1, accepted: 6 });
  });

  it('says how many returns have been handed in', () => {
    expect(returnsProgress(counts, 16)).toBe('10 of 16 submitted');
    expect(returnsProgress({ not_started: 0, draft: 0, submitted: 0, sent_back: 0, accepted: 0 }, 0)).toBe('No returns yet');
  });
});
