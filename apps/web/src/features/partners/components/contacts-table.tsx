import type { PartnerContact } from '@steerline/contracts';
import { TableRegion } from '../../../components/table-region';
import './partners.css';

interface ContactsTableProps {
  contacts: PartnerContact[];
  /** Given to administrators only: each row then offers Change and Remove. */
  onChange?: (contact: PartnerContact) => void;
  onRemove?: (contact: PartnerContact) => void;
}

export function ContactsTable({ contacts, onChange, onRemove }: ContactsTableProps) {
  if (contacts.length === 0) return <p className="govuk-body">No contacts have been recorded yet.</p>;
  const manage = onChange !== undefined && onRemove !== undefined;
  return (
    <TableRegion label="Contacts">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Contacts</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Phone
            </th>
            {manage && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {contacts.map((contact) => (
            <tr className="govuk-table__row" key={contact.id}>
              <th scope="row" className="govuk-table__header">
                {contact.name}
              </th>
              <td className="govuk-table__cell">{contact.role}</td>
              <td className="govuk-table__cell">
                {contact.email && (
                  <a className="govuk-link" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </a>
                )}
              </td>
              <td className="govuk-table__cell">{contact.phone}</td>
              {manage && (
                <td className="govuk-table__cell">
                  <ul className="app-row-actions">
                    <li>
                      <button type="button" id={`change-contact-${contact.id}`} className="app-link-button" onClick={() => onChange(contact)}>
                        Change<span className="govuk-visually-hidden"> {contact.name}</span>
                      </button>
                    </li>
                    <li>
                      <button type="button" id={`remove-contact-${contact.id}`} className="app-link-button" onClick={() => onRemove(contact)}>
                        Remove<span className="govuk-visually-hidden"> {contact.name}</span>
                      </button>
                    </li>
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
