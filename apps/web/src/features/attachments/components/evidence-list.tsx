import { ATTACHMENT_PARENT_LABELS, type Attachment } from '@steerline/contracts';
import { TableRegion } from '../../../components/table-region';
import { formatDate } from '../../../lib/format-date';
import { ApiError } from '../../../lib/api-client';
import { useRemoveAttachment } from '../api/remove-attachment';
import { formatFileSize } from '../file-size';

interface EvidenceListProps {
  files: Attachment[];
  /** Show which record each file is on (the action page lists the files of its updates, returns and escalations too). */
  showParent?: boolean;
  /** What the list is about, for its caption: "Evidence on DI-001". */
  caption: string;
}

/** The files as a table: name (a download link), what it is on, who added it and when, its size, and Remove for one's own. */
export function EvidenceList({ files, showParent = false, caption }: EvidenceListProps) {
  const remove = useRemoveAttachment();
  if (files.length === 0) return <p className="govuk-body">No evidence has been added.</p>;
  const failed = remove.error instanceof ApiError ? remove.error.message : remove.isError ? 'The file could not be removed. Try again later.' : null;
  return (
    <>
      {failed && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failed}
        </p>
      )}
      <TableRegion label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">File</th>
            {showParent && <th scope="col" className="govuk-table__header">Attached to</th>}
            <th scope="col" className="govuk-table__header">Added by</th>
            <th scope="col" className="govuk-table__header">Added on</th>
            <th scope="col" className="govuk-table__header">Size</th>
            <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Remove</span></th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {files.map((file) => (
            <tr key={file.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <FileName file={file} />
              </th>
              {showParent && <td className="govuk-table__cell">{ATTACHMENT_PARENT_LABELS[file.on.kind]}</td>}
              <td className="govuk-table__cell">{file.uploadedBy.name}</td>
              <td className="govuk-table__cell">{formatDate(file.uploadedAt)}</td>
              <td className="govuk-table__cell">{formatFileSize(file.sizeBytes)}</td>
              <td className="govuk-table__cell">
                {file.canRemove && (
                  <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" disabled={remove.isPending} onClick={() => remove.mutate(file.id)}>
                    Remove<span className="govuk-visually-hidden"> {file.fileName}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableRegion>
    </>
  );
}

/** A download link once the file may be downloaded; while it is checked, or once refused, its name and why not. */
function FileName({ file }: { file: Attachment }) {
  if (file.canDownload) {
    return (
      <a className="govuk-link" href={file.downloadPath} download={file.fileName}>
        {file.fileName}
      </a>
    );
  }
  if (file.scan === 'infected') {
    return (
      <>
        {file.fileName} <strong className="govuk-tag govuk-tag--red app-nowrap">Refused</strong>
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
          The virus scan found {file.scanFinding}. The file was deleted.
        </span>
      </>
    );
  }
  return (
    <>
      {file.fileName} <strong className="govuk-tag govuk-tag--grey app-nowrap">Being checked</strong>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">It can be downloaded once the virus scan is done.</span>
    </>
  );
}
