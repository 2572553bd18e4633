import { useEffect, useRef, type ReactNode } from 'react';
import { focusProgrammatically } from '../../../components/focus';
import './partners.css';

interface FormPanelProps {
  heading: string;
  /** The heading's level where the panel opens: 2 under the page heading, 3 inside a section. */
  level: 2 | 3;
  children: ReactNode;
}

/** A form opened in place; its heading takes focus when it opens, so keyboard and screen reader users land in it. */
export function FormPanel({ heading, level, children }: FormPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingRef.current) focusProgrammatically(headingRef.current);
  }, []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="app-form-panel">
      <Heading className="govuk-heading-m" ref={headingRef}>
        {heading}
      </Heading>
      {children}
    </div>
  );
}
