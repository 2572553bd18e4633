import type { KeyboardEvent } from 'react';
import { Link, type LinkProps } from 'react-router';

/**
 * A link that looks like a GOV.UK button (it goes to another page). Like GOV.UK Frontend's button module, it has
 * role="button" and so answers the space bar as a button does.
 */
export function ButtonLink({ className, ...link }: LinkProps) {
  const pressSpace = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return <Link role="button" draggable={false} className={`govuk-button ${className ?? ''}`.trim()} onKeyDown={pressSpace} {...link} />;
}
