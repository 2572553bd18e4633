import { useEffect, type RefObject } from 'react';
import { focusProgrammatically } from './focus';

/**
 * For a page whose heading appears only once its data has loaded: focuses the heading then, unless the user or the
 * page has already put focus somewhere (a banner, a field). The layout alone can only focus what is there on arrival.
 */
export function useFocusHeadingIfLost(heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active.id === 'main-content';
    if (lost && heading.current) focusProgrammatically(heading.current);
  }, [heading]);
}
