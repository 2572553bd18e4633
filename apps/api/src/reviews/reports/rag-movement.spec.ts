import { movementBetween } from './rag-movement.js';

describe('movement between two RAG ratings', () => {
  it.each([
    ['amber', 'green', 'improved'],
    ['red', 'amber', 'improved'],
    ['green', 'blue', 'improved'],
    ['grey', 'green', 'improved'],
    ['green', 'amber', 'worse'],
    ['amber', 'red', 'worse'],
    ['grey', 'red', 'worse'],
    ['green', 'grey', 'worse'],
    ['amber', 'amber', 'same'],
    ['grey', 'grey', 'same'],
  ] as const)('%s to %s is %s', (previous, current, expected) => {
    expect(movementBetween(previous, current)).toBe(expected);
  });

  it('calls an action that was not in the previous cycle new', () => {
    expect(movementBetween(null, 'red')).toBe('new');
  });
});
