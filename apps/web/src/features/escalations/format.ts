export const DATE_HINT = 'For example, 2026-12-31';
