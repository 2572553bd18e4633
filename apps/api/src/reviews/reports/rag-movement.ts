import type { Movement, Rag } from '@steerline/contracts';

/**
 * How good a RAG rating is, worst first: red < amber < grey < green < blue.
 * Grey (not started) is neutral: starting work rated green or blue is an improvement, starting it rated red or amber
 * is worse, and falling back to "not started" from green is worse too.
 */
export const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, grey: 2, green: 3, blue: 4 };

/** An action's movement since the previous cycle; `null` when it was not in that cycle. */
export function movementBetween(previous: Rag | null, current: Rag): Movement {
  if (previous === null) return 'new';
  const change = RAG_ORDER[current] - RAG_ORDER[previous];
  if (change > 0) return 'improved';
  if (change < 0) return 'worse';
  return 'same';
}
