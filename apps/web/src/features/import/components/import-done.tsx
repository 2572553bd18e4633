import type { ImportedAction } from '@steerline/contracts';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { focusProgrammatically } from '../../../components/focus';
import { actionCount } from './import-view';

/** The confirmation that replaces the page once the actions are created, with a link to each. */
export function ImportDone({ created, onImportAnother }: { created: ImportedAction[]; onImportAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (heading.current) focusProgrammatically(heading.current);
  }, []);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" ref={heading}>
          Import complete
        </h1>
        <div className="govuk-panel__body">{actionCount(created.length)} imported</div>
      </div>
      <h2 className="govuk-heading-m">The new actions</h2>
      <ul className="govuk-list govuk-list--bullet">
        {created.map((action) => (
          <li key={action.id}>
            <Link className="govuk-link" to={`/actions/${action.id}`}>
              {action.reference}: {action.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        <Link className="govuk-link" to="/actions">
          View the action plan
        </Link>
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onImportAnother}>
        Import another file
      </button>
    </>
  );
}
