import { formatReference } from './action-reference.js';

describe('formatReference', () => {
  it('writes the strategy prefix and a number of at least three digits', () => {
    expect(formatReference('DI', 4)).toBe('DI-004');
    expect(formatReference('DI', 42)).toBe('DI-042');
    expect(formatReference('DI', 1234)).toBe('DI-1234');
  });
});
