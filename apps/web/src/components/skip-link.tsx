import type { MouseEvent } from 'react';
import { focusProgrammatically } from './focus';

export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.classList.add('govuk-skip-link-focused-element');
    target.addEventListener('blur', () => target.classList.remove('govuk-skip-link-focused-element'), { once: true });
    focusProgrammatically(target);
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}
