import { describe, expect, it } from 'vitest';
import { showingText } from './pagination';

describe('the count above the table', () => {
  it('says which rows of how many are shown', () => {
    expect(showingText(1, 25, 25, 40)).toBe('Showing 1 to 25 of 40 actions');
    expect(showingText(2, 25, 15, 40)).toBe('Showing 26 to 40 of 40 actions');
    expect(showingText(1, 25, 1, 1)).toBe('Showing 1 to 1 of 1 action');
    expect(showingText(9, 25, 0, 40)).toBe('Showing 0 of 40 actions');
  });
});
