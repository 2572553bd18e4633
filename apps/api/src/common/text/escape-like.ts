/** `%`, `_` and `\` in the user's text match themselves in a LIKE / ILIKE pattern (PostgreSQL's default escape). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);
