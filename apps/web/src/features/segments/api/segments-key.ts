/** The prefix of every query about population segments (the list and the coverage view): a change invalidates them all. */
export const SEGMENTS_KEY = ['segments'] as const;
