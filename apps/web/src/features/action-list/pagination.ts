/** A page number to link to, or a gap in the run of numbers. */
export type PageItem = number | 'gap';

/**
 * The page numbers GOV.UK pagination shows: the first, the last, the current one and its neighbours,
 * with a gap wherever numbers are left out (a gap of one page shows that page instead).
 */
export function pageItems(current: number, last: number): PageItem[] {
  if (last <= 1) return [];
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((page) => page >= 1 && page <= last));
  const pages = [...wanted].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of pages) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}

/** "Showing 1 to 25 of 40 actions"; the numbers of the rows on a page. */
export function showingText(page: number, pageSize: number, shown: number, total: number): string {
  const noun = total === 1 ? 'action' : 'actions';
  if (shown === 0) return `Showing 0 of ${total} ${noun}`;
  const first = (page - 1) * pageSize + 1;
  return `Showing ${first} to ${first + shown - 1} of ${total} ${noun}`;
}
