/** "Showing 1 to 25 of 40 actions"; the numbers of the rows on a page. */
export function showingText(page: number, pageSize: number, shown: number, total: number): string {
  const noun = total === 1 ? 'action' : 'actions';
  if (shown === 0) return `Showing 0 of ${total} ${noun}`;
  const first = (page - 1) * pageSize + 1;
  return `Showing ${first} to ${first + shown - 1} of ${total} ${noun}`;
}
