import type { AuditEventRow } from '@steerline/contracts';
import { Link } from 'react-router';
import { TableRegion } from '../../../components/table-region';
import { describeChanges, describeEntity, formatWhen, operationLabel, type KnownNames } from '../utils/audit-format';
import './audit.css';

export function AuditTable({ events, names, caption }: { events: AuditEventRow[]; names: KnownNames; caption: string }) {
  if (events.length === 0) return <p className="govuk-body">No changes match these filters.</p>;
  return (
    <TableRegion label="Changes">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When (UTC)
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              Operation
            </th>
            <th scope="col" className="govuk-table__header">
              Record
            </th>
            <th scope="col" className="govuk-table__header">
              What changed
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((event) => {
            const entity = describeEntity(event, names);
            const changes = describeChanges(event.changes, names);
            const entityText = entity.name ? `${entity.label}: ${entity.name}` : entity.label;
            return (
              <tr className="govuk-table__row" key={event.id}>
                <td className="govuk-table__cell">
                  <time dateTime={event.occurredAt}>{formatWhen(event.occurredAt)}</time>
                </td>
                <td className="govuk-table__cell">{event.actor?.name ?? 'The system'}</td>
                <td className="govuk-table__cell">{operationLabel(event.operation)}</td>
                <td className="govuk-table__cell">
                  {entity.href ? (
                    <Link className="govuk-link" to={entity.href}>
                      {entityText}
                    </Link>
                  ) : (
                    entityText
                  )}
                </td>
                <td className="govuk-table__cell">
                  {changes.length === 0 ? (
                    'No field changes recorded'
                  ) : (
                    <ul className="govuk-list app-audit-changes">
                      {changes.map((change) => (
                        <li key={change.field}>
                          {change.field}: {change.before} <span aria-hidden="true">→</span>{' '}
                          <span className="govuk-visually-hidden">changed to </span>
                          {change.after}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
