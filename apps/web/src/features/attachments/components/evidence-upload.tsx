import { ATTACHMENT_FILE_FIELD, ATTACHMENT_TYPES_HINT } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';
import { ATTACHMENTS_KEY } from '../api/get-attachments';
import { uploadAttachment } from '../api/upload-attachment';
import '../attachments.css';

interface Sending {
  name: string;
  sent: number;
  outcome: 'sending' | 'added' | 'refused';
  message?: string;
}

const NOTHING_CHOSEN = 'Choose one or more files to upload';

/**
 * GOV.UK file upload for several files at once: chosen with the file input (by keyboard or mouse) or dropped on it,
 * then sent one at a time, each with its own progress bar; refused files are listed in the error summary.
 */
export function EvidenceUpload({ path, label = 'Add evidence' }: { path: string; label?: string }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<File[]>([]);
  const [sending, setSending] = useState<Sending[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [nothingChosen, setNothingChosen] = useState(false);
  const [over, setOver] = useState(false);
  const busy = sending.some((file) => file.outcome === 'sending');
  const refused = sending.filter((file) => file.outcome === 'refused');
  const added = sending.filter((file) => file.outcome === 'added');
  const errors = nothingChosen ? [NOTHING_CHOSEN] : refused.map((file) => `${file.name}: ${file.message}`);

  const choose = (event: ChangeEvent<HTMLInputElement>) => setChosen([...(event.target.files ?? [])]);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    setChosen((already) => [...already, ...event.dataTransfer.files]);
  };

  async function send() {
    setAttempt((count) => count + 1);
    setNothingChosen(chosen.length === 0);
    if (chosen.length === 0) return;
    const files = chosen;
    const update = (index: number, change: Partial<Sending>) => setSending((list) => list.map((file, at) => (at === index ? { ...file, ...change } : file)));
    setSending(files.map((file) => ({ name: file.name, sent: 0, outcome: 'sending' })));
    for (const [index, file] of files.entries()) {
      try {
        await uploadAttachment(path, file, (sent) => update(index, { sent }));
        update(index, { sent: 1, outcome: 'added' });
      } catch (error) {
        update(index, { outcome: 'refused', message: error instanceof ApiError ? error.message : 'The file could not be sent. Try again later.' });
      }
    }
    setChosen([]);
    if (input.current) input.current.value = '';
    await queryClient.invalidateQueries({ queryKey: ATTACHMENTS_KEY });
  }

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <>
      {!busy && errors.length > 0 && <ErrorSummary key={attempt} items={errors.map((text) => ({ text, fieldId: inputId }))} />}
      <div className={errors.length > 0 && !busy ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label className="govuk-label govuk-label--s" htmlFor={inputId}>
          {label}
        </label>
        <div id={hintId} className="govuk-hint">
          You can choose several files: {ATTACHMENT_TYPES_HINT}.
        </div>
        {errors.length > 0 && !busy && (
          <p id={errorId} className="govuk-error-message">
            {errors.map((text) => (
              <span key={text} className="govuk-!-display-block">
                <span className="govuk-visually-hidden">Error:</span> {text}
              </span>
            ))}
          </p>
        )}
        <div
          className={over ? 'app-drop-zone app-drop-zone--over' : 'app-drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
          data-testid="evidence-drop-zone"
        >
          <input
            ref={input}
            id={inputId}
            name={ATTACHMENT_FILE_FIELD}
            type="file"
            multiple
            className={errors.length > 0 && !busy ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
            aria-describedby={errors.length > 0 && !busy ? `${hintId} ${errorId}` : hintId}
            onChange={choose}
          />
          <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">Or drop files here.</p>
          {chosen.length > 0 && (
            <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              Chosen: {chosen.map((file) => file.name).join(', ')}
            </p>
          )}
        </div>
        <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => void send()}>
          Upload files
        </button>
      </div>
      {sending.length > 0 && (
        <ul className="govuk-list" aria-label="Files sent">
          {sending.map((file, index) => (
            <li key={`${index}:${file.name}`}>
              {file.outcome === 'sending' ? (
                <label>
                  Sending {file.name}: {Math.round(file.sent * 100)}%{' '}
                  <progress className="app-upload-progress" max={100} value={Math.round(file.sent * 100)} />
                </label>
              ) : (
                `${file.name}: ${file.outcome === 'added' ? 'added' : 'not added'}`
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-visually-hidden" role="status">
        {!busy && added.length > 0 ? `${added.length} ${added.length === 1 ? 'file' : 'files'} added` : ''}
      </p>
    </>
  );
}
