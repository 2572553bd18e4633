import type { ActionSummary } from '@steerline/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RagTag } from '../../../components/rag-tag';

/** A short list of actions, each a link to the action with its RAG rating and one line of detail. */
export function ActionItems({ actions, detail }: { actions: ActionSummary[]; detail: (action: ActionSummary) => ReactNode }) {
  return (
    <ul className="govuk-list govuk-list--spaced">
      {actions.map((action) => (
        <li key={action.id}>
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/actions/${action.id}`}>
            {action.reference}: {action.title}
          </Link>
          <br />
          <RagTag rag={action.rag} prefix="RAG rating:" /> <span className="govuk-body-s">{detail(action)}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Showing 20 of 31" when a list is cut short. */
export function Shown({ shown, total, noun }: { shown: number; total: number; noun: string }) {
  if (shown >= total) return null;
  return (
    <p className="govuk-body-s">
      Showing {shown} of {total} {noun}.
    </p>
  );
}
