export type PageItem = number | 'ellipsis';

/**
 * The page numbers GOV.UK pagination shows: the first and last pages, the current one and its neighbours, with an
 * ellipsis for each gap of more than one page (a gap of exactly one page shows that page instead).
 */
export function pageItems(current: number, totalPages: number): PageItem[] {
  if (totalPages <= 1) return [];
  const shown = [...new Set([1, current - 1, current, current + 1, totalPages])].filter((page) => page >= 1 && page <= totalPages).sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of shown) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push('ellipsis');
    items.push(page);
  }
  return items;
}

/** How many pages `total` rows make, at least one. */
export const totalPages = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));
