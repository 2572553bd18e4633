import { ACTION_STATUS_LABELS, RAG_LABELS, type ActionStatus, type Rag } from '@steerline/contracts';

/**
 * GOV.UK tag colour for each RAG rating; the word is always shown too, never the colour alone.
 * GOV.UK Frontend 6 has no `govuk-tag--blue`: a tag with no modifier is its blue.
 */
export const RAG_TAG_CLASSES: Record<Rag, string> = {
  red: 'govuk-tag--red',
  amber: 'govuk-tag--orange',
  green: 'govuk-tag--green',
  blue: '',
  grey: 'govuk-tag--grey',
};

export const STATUS_TAG_CLASSES: Record<ActionStatus, string> = {
  not_started: 'govuk-tag--grey',
  in_progress: '',
  complete: 'govuk-tag--green',
  cancelled: 'govuk-tag--purple',
};

const tagClass = (modifier: string) => (modifier ? `govuk-tag ${modifier}` : 'govuk-tag');

/** A RAG rating as a GOV.UK tag, e.g. "Amber". `prefix` adds visually hidden context such as "RAG rating:". */
export function RagTag({ rag, prefix }: { rag: Rag; prefix?: string }) {
  return (
    <strong className={tagClass(RAG_TAG_CLASSES[rag])}>
      {prefix && <span className="govuk-visually-hidden">{prefix} </span>}
      {RAG_LABELS[rag]}
    </strong>
  );
}

/** An action's status as a GOV.UK tag, e.g. "In progress". */
export function StatusTag({ status, prefix }: { status: ActionStatus; prefix?: string }) {
  return (
    <strong className={tagClass(STATUS_TAG_CLASSES[status])}>
      {prefix && <span className="govuk-visually-hidden">{prefix} </span>}
      {ACTION_STATUS_LABELS[status]}
    </strong>
  );
}
