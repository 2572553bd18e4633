import { BLOCKER_CONCERN_LABELS, ErrorCode, type ActionDetail, type DependencyLink } from '@steerline/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/error-summary';
import { focusProgrammatically } from '../../../components/focus';
import { RagTag, StatusTag } from '../../../components/rag-tag';
import { Select } from '../../../components/select';
import { TableRegion } from '../../../components/table-region';
import { ApiError } from '../../../lib/api-client';
import { describeFormError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format-date';
import { useAddBlocker } from '../api/add-blocker';
import { useActionChoices } from '../api/get-action-choices';
import { useRemoveBlocker } from '../api/remove-blocker';

const FIELD_ID = 'blockerId';
const CHOOSE = 'Choose the action this one is blocked by';

/** "This action is waiting on DI-002, which is rated red": one GOV.UK warning per blocker that puts this action at risk. */
export function BlockerWarnings({ action }: { action: ActionDetail }) {
  const concerns = action.dependencies.blockedBy.filter((link) => link.concern !== null);
  return (
    <>
      {concerns.map((link) => (
        <div className="govuk-warning-text" key={link.id}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This action is waiting on <Link className="govuk-link" to={`/actions/${link.id}`}>{link.reference}</Link>, which is{' '}
            {BLOCKER_CONCERN_LABELS[link.concern!]}.
          </strong>
        </div>
      ))}
    </>
  );
}

/** What a refused link shows: a cycle or a repeat is about the action chosen, so it is linked to the choice. */
function refusal(error: unknown): { summary: ErrorSummaryItem[]; field?: string } {
  if (error instanceof ApiError && (error.code === ErrorCode.DependencyCycle || error.code === ErrorCode.Conflict)) {
    return { summary: [{ text: error.message, fieldId: FIELD_ID }], field: error.message };
  }
  const described = describeFormError(error, { blockerId: FIELD_ID });
  return { summary: described.summary, field: described.fields.blockerId };
}

/** The actions this one is blocked by and blocks, within and across strategies; who may edit it adds and removes its blockers. */
export function DependenciesSection({ action }: { action: ActionDetail }) {
  const { blockedBy, blocks, canChange } = action.dependencies;
  const remove = useRemoveBlocker();
  const [announcement, setAnnouncement] = useState('');
  const blockedByHeading = useRef<HTMLHeadingElement>(null);

  const removeLink = (link: DependencyLink) =>
    remove.mutate(
      { id: action.id, blockerId: link.id },
      {
        onSuccess: () => {
          setAnnouncement(`${link.reference} removed: ${action.reference} is no longer blocked by it.`);
          // The button pressed is gone with its row: the focus goes to the list it was in.
          if (blockedByHeading.current) focusProgrammatically(blockedByHeading.current);
        },
      },
    );

  return (
    <section aria-labelledby="dependencies-heading">
      <h2 className="govuk-heading-m" id="dependencies-heading">
        Dependencies
      </h2>
      <div className="govuk-visually-hidden" role="status">
        {announcement}
      </div>
      {remove.isError && <ErrorSummary key={remove.submittedAt} items={refusal(remove.error).summary} />}
      <h3 className="govuk-heading-s" ref={blockedByHeading}>
        Blocked by
      </h3>
      {blockedBy.length === 0 ? (
        <p className="govuk-body">{action.reference} is not waiting on any other action.</p>
      ) : (
        <LinksTable
          caption={`Actions ${action.reference} is blocked by`}
          links={blockedBy}
          onRemove={canChange ? removeLink : undefined}
          removing={remove.isPending ? remove.variables?.blockerId : undefined}
        />
      )}
      {canChange && (
        <AddBlockerForm
          action={action}
          onAdded={(link) => setAnnouncement(`${link.reference} added: ${action.reference} is now blocked by it.`)}
        />
      )}
      <h3 className="govuk-heading-s">Blocks</h3>
      {blocks.length === 0 ? (
        <p className="govuk-body">No action is waiting on {action.reference}.</p>
      ) : (
        <LinksTable caption={`Actions waiting on ${action.reference}`} links={blocks} />
      )}
    </section>
  );
}

function LinksTable({
  caption,
  links,
  onRemove,
  removing,
}: {
  caption: string;
  links: DependencyLink[];
  onRemove?: (link: DependencyLink) => void;
  removing?: string;
}) {
  return (
    <TableRegion label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              RAG and status
            </th>
            <th scope="col" className="govuk-table__header">
              Due date
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            {onRemove && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Change</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {links.map((link) => (
            <tr className="govuk-table__row" key={link.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/actions/${link.id}`}>
                  {link.reference}: {link.title}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <RagTag rag={link.rag} prefix="RAG rating:" /> <StatusTag status={link.status} prefix="Status:" />
              </td>
              <td className="govuk-table__cell app-nowrap">{link.dueDate ? formatDate(link.dueDate) : 'No due date'}</td>
              <td className="govuk-table__cell">{link.owner.name}</td>
              {onRemove && (
                <td className="govuk-table__cell">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={removing !== undefined}
                    aria-disabled={removing !== undefined}
                    onClick={() => onRemove(link)}
                  >
                    Remove<span className="govuk-visually-hidden"> {link.reference} from blocked by</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function AddBlockerForm({ action, onAdded }: { action: ActionDetail; onAdded: (link: DependencyLink) => void }) {
  const choices = useActionChoices(true);
  const add = useAddBlocker();
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState<number | null>(null);

  const linked = new Set([action.id, ...action.dependencies.blockedBy.map((link) => link.id)]);
  const options = (choices.data ?? []).filter((choice) => !linked.has(choice.id)).map((choice) => ({ value: choice.id, text: `${choice.reference}: ${choice.title}` }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) {
      add.reset();
      setMissing(Date.now());
      return;
    }
    setMissing(null);
    add.mutate(
      { id: action.id, request: { blockerId: chosen } },
      {
        onSuccess: (after) => {
          setChosen('');
          const link = after.dependencies.blockedBy.find((candidate) => candidate.id === chosen);
          if (link) onAdded(link);
        },
      },
    );
  };

  const errors = missing !== null ? { summary: [{ text: CHOOSE, fieldId: FIELD_ID }], field: CHOOSE } : add.isError ? refusal(add.error) : undefined;

  if (choices.isError) return <p className="govuk-body">The actions to choose from cannot be shown just now. Try again later.</p>;
  if (choices.isPending) return <p className="govuk-body">Loading the actions to choose from…</p>;
  return (
    <form onSubmit={submit} noValidate>
      {errors && <ErrorSummary key={missing ?? add.submittedAt} items={errors.summary} />}
      <Select
        id={FIELD_ID}
        name={FIELD_ID}
        label={`Add an action ${action.reference} is blocked by`}
        hint="Any action of any strategy that has to be done, or get far enough, before this one can finish"
        error={errors?.field}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        options={[{ value: '', text: 'Choose an action' }, ...options]}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={add.isPending} aria-disabled={add.isPending}>
        Add blocking action
      </button>
    </form>
  );
}
