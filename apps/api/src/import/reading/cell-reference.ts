/** The column number of a cell reference such as "C7" (3) or "AA1" (27); 0 when it has no letters. */
export function columnNumber(reference: string): number {
  let column = 0;
  for (const character of reference.toUpperCase()) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > 1_000_000) break;
  }
  return column;
}
