import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { focusProgrammatically } from '../../../components/focus';
import { useDocumentTitle } from '../../../lib/document-title';
import { useCheckImport } from '../api/check-import';
import { useRunImport } from '../api/run-import';
import { TEMPLATE_LINKS } from '../api/template-links';
import { COLUMN_GUIDE_ID, ColumnGuide } from './column-guide';
import { FileUploadField } from './file-upload-field';
import { ImportDone } from './import-done';
import { actionCount, fieldError, importView, summaryItems } from './import-view';
import { PreviewTable } from './preview-table';
import { ProblemsTable } from './problems-table';
import './import.css';

const TITLE = 'Import an action plan';

/** Download the template, check a file (nothing written), then import every row of it or none. */
export function ImportFlow() {
  const [file, setFile] = useState<File | null>(null);
  const [fileName, setFileName] = useState('the file');
  // Remounting the input empties it: after a failed check the user chooses the corrected file again, which a browser
  // reports as a change even under the same name (a file changed on disk after it was chosen can no longer be sent).
  const [inputKey, setInputKey] = useState(0);
  const [missingFile, setMissingFile] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const check = useCheckImport();
  const run = useRunImport();
  const view = importView({ missingFile, checked: check.data, error: run.error ?? check.error });
  const errors = summaryItems(view);
  useDocumentTitle(run.isSuccess ? 'Import complete' : errors.length > 0 ? `Error: ${TITLE}` : TITLE);

  const startOver = (chosen: File | null) => {
    setFile(chosen);
    setMissingFile(false);
    check.reset();
    run.reset();
  };
  const chooseAgain = () => {
    setFile(null);
    setInputKey((key) => key + 1);
  };
  const checkFile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (check.isPending || run.isPending) return;
    startOver(file);
    setAttempt((count) => count + 1);
    if (!file) {
      setMissingFile(true);
      return;
    }
    setFileName(file.name);
    check.mutate(file, {
      onSuccess: (checked) => {
        if (!checked.valid) chooseAgain();
      },
      onError: chooseAgain,
    });
  };
  const importFile = () => {
    if (!file || run.isPending) return;
    setAttempt((count) => count + 1);
    run.mutate(file, { onError: chooseAgain });
  };

  if (run.isSuccess) return <ImportDone created={run.data.created} onImportAnother={() => startOver(null)} />;
  return (
    <>
      {errors.length > 0 && <ErrorSummary key={attempt} items={errors} />}
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body-l">Add many actions at once from a spreadsheet. Nothing is imported until every row of the file is right.</p>

      <h2 className="govuk-heading-m">1. Download the template</h2>
      <ul className="govuk-list">
        {TEMPLATE_LINKS.map((link) => (
          <li key={link.href}>
            <a className="govuk-link" href={link.href} download>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">2. Fill it in</h2>
      <p className="govuk-body">
        Put one action on each row. Replace or delete the example row. <a className="govuk-link" href={`#${COLUMN_GUIDE_ID}`}>Read how to fill in each column</a>.
      </p>

      <h2 className="govuk-heading-m">3. Check the file, then import it</h2>
      <form noValidate onSubmit={checkFile}>
        <FileUploadField key={inputKey} error={fieldError(view)} onChange={startOver} />
        <button type="submit" className={view.kind === 'ready' ? 'govuk-button govuk-button--secondary' : 'govuk-button'}>
          Check the file
        </button>
      </form>

      {view.kind === 'problems' && <ProblemsTable problems={view.problems} fileName={fileName} />}
      {view.kind === 'ready' && (
        <ReadyToImport rows={view.checked.rows} fileName={fileName} onImport={importFile}>
          <PreviewTable
            rows={view.checked.preview}
            caption={view.checked.rows > view.checked.preview.length ? `The first ${view.checked.preview.length} of ${actionCount(view.checked.rows)}` : 'The actions'}
          />
        </ReadyToImport>
      )}

      <ColumnGuide />
    </>
  );
}

function ReadyToImport({ rows, fileName, onImport, children }: { rows: number; fileName: string; onImport: () => void; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (heading.current) focusProgrammatically(heading.current);
  }, []);
  return (
    <>
      <h2 className="govuk-heading-m" ref={heading}>
        The file is ready to import
      </h2>
      <p className="govuk-body">
        {fileName} has {actionCount(rows)} and no problems. Nothing has been imported yet.
      </p>
      {children}
      <button type="button" className="govuk-button" onClick={onImport}>
        Import {actionCount(rows)}
      </button>
    </>
  );
}
