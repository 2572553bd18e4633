import './table-region.css';
import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside itself on a narrow screen, so the page does not (WCAG 1.4.10).
 * Focusable and labelled, so keyboard users can scroll it too.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
