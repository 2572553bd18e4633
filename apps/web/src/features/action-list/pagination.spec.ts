import { describe, expect, it } from 'vitest';
import { pageItems, showingText } from './pagination';

describe('page numbers', () => {
  it('shows none for a single page', () => {
    expect(pageItems(1, 1)).toEqual([]);
  });

  it('shows every page of a short list', () => {
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageItems(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageItems(1, 10)).toEqual([1, 2, 'gap', 10]);
    expect(pageItems(6, 10)).toEqual([1, 'gap', 5, 6, 7, 'gap', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10]);
  });

  it('shows a single left-out page rather than a gap', () => {
    expect(pageItems(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
  });
});

describe('the count above the table', () => {
  it('says which rows of how many are shown', () => {
    expect(showingText(1, 25, 25, 40)).toBe('Showing 1 to 25 of 40 actions');
    expect(showingText(2, 25, 15, 40)).toBe('Showing 26 to 40 of 40 actions');
    expect(showingText(1, 25, 1, 1)).toBe('Showing 1 to 1 of 1 action');
    expect(showingText(9, 25, 0, 40)).toBe('Showing 0 of 40 actions');
  });
});
