import type { ImportDryRunResponse, ImportProblem } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { fieldError, importView, summaryItems } from './import-view';

const problem = (row: number): ImportProblem => ({ row, column: 'Owner email', message: 'No active person has this email address' });
const checked = (problems: ImportProblem[]): ImportDryRunResponse => ({ valid: problems.length === 0, rows: 3, problems, preview: [] });

describe('what the import page shows', () => {
  it('shows nothing before a check', () => {
    expect(importView({ missingFile: false, error: null })).toEqual({ kind: 'idle' });
  });

  it('asks for a file when none was chosen, against the file field', () => {
    const view = importView({ missingFile: true, error: null });
    expect(summaryItems(view)).toEqual([{ text: 'Select the action plan file to check', fieldId: 'file' }]);
    expect(fieldError(view)).toBe('Select the action plan file to check');
  });

  it('lists the problems of a check by row and column, leading to the file field', () => {
    const view = importView({ missingFile: false, checked: checked([problem(3)]), error: null });
    expect(summaryItems(view)).toEqual([{ text: 'Row 3, Owner email: No active person has this email address', fieldId: 'file' }]);
    expect(fieldError(view)).toBe('The file has 1 problem. Fix it in the spreadsheet, then upload it again');
  });

  it('names ten problems in the summary and counts the rest', () => {
    const problems = Array.from({ length: 13 }, (_, index) => problem(index + 2));
    const items = summaryItems(importView({ missingFile: false, checked: checked(problems), error: null }));
    expect(items).toHaveLength(11);
    expect(items[10]).toEqual({ text: 'And 3 more problems, listed in the table below the upload' });
  });

  it('shows the problems of a refused import the same way', () => {
    const refused = new ApiError(400, 'validation_failed', 'The file has a problem, so nothing was imported.', [problem(4)]);
    expect(importView({ missingFile: false, checked: checked([]), error: refused })).toEqual({ kind: 'problems', problems: [problem(4)] });
  });

  it('shows a problem with the file as a whole against the file field', () => {
    const wrongType = new ApiError(400, 'validation_failed', 'x', [{ field: 'file', messages: ['The file must be an Excel workbook (.xlsx) or a CSV file (.csv).'] }]);
    expect(summaryItems(importView({ missingFile: false, error: wrongType }))).toEqual([
      { text: 'The file must be an Excel workbook (.xlsx) or a CSV file (.csv).', fieldId: 'file' },
    ]);
    const tooBig = new ApiError(413, 'payload_too_large', 'The server answered 413');
    expect(importView({ missingFile: false, error: tooBig })).toEqual({ kind: 'file-error', messages: ['The server answered 413'] });
  });

  it('says so when the service fails or cannot be reached', () => {
    const forbidden = new ApiError(403, 'forbidden', 'You do not have permission to do that.');
    expect(summaryItems(importView({ missingFile: false, error: forbidden }))).toEqual([{ text: 'You do not have permission to do that.' }]);
    expect(importView({ missingFile: false, error: new TypeError('Failed to fetch') })).toMatchObject({ kind: 'failed' });
  });

  it('is ready to import when the check found no problem', () => {
    expect(importView({ missingFile: false, checked: checked([]), error: null })).toMatchObject({ kind: 'ready' });
  });
});
