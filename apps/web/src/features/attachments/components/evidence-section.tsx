import { useAttachments } from '../api/get-attachments';
import { EvidenceList } from './evidence-list';
import { EvidenceUpload } from './evidence-upload';

interface EvidenceSectionProps {
  /** The record's evidence address, such as `/actions/<id>/attachments`: listed from it, uploaded to it. */
  path: string;
  caption: string;
  mayAdd: boolean;
  showParent?: boolean;
}

/** A page's "Evidence" section: the files, and the upload for those who may add to this record. */
export function EvidenceSection({ path, caption, mayAdd, showParent }: EvidenceSectionProps) {
  const files = useAttachments(path);
  return (
    <>
      <h2 className="govuk-heading-m">Evidence</h2>
      {files.isError ? (
        <p className="govuk-body">Sorry, the evidence could not be loaded. Try again later.</p>
      ) : files.data ? (
        <EvidenceList files={files.data} caption={caption} showParent={showParent} />
      ) : (
        <p className="govuk-body">Loading the evidence.</p>
      )}
      {mayAdd && <EvidenceUpload path={path} />}
    </>
  );
}
