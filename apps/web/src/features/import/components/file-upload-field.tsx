import type { ChangeEvent } from 'react';
import { IMPORT_FILE_FIELD } from '@steerline/contracts';
import { FILE_FIELD_ID } from './import-view';

interface FileUploadFieldProps {
  error?: string;
  onChange: (file: File | null) => void;
}

/** GOV.UK file upload: one .xlsx or .csv file. */
export function FileUploadField({ error, onChange }: FileUploadFieldProps) {
  const hintId = `${FILE_FIELD_ID}-hint`;
  const errorId = `${FILE_FIELD_ID}-error`;
  const choose = (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null);
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label govuk-label--s" htmlFor={FILE_FIELD_ID}>
        Upload the action plan
      </label>
      <div id={hintId} className="govuk-hint">
        An Excel workbook (.xlsx) or CSV file laid out like the template, smaller than 2 MB, with at most 1,000 actions
      </div>
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id={FILE_FIELD_ID}
        name={IMPORT_FILE_FIELD}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        className={error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={choose}
      />
    </div>
  );
}
