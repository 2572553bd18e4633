import { describe, expect, it } from 'vitest';
import { emptyProgressUpdate, locateProgressField, toProgressUpdateRequest } from './progress-update-values';

const measures = [{ id: 'me-1' }, { id: 'me-2' }];

describe('toProgressUpdateRequest', () => {
  it('sends the reason with amber and red, and only the measures given a value', () => {
    const values = {
      ...emptyProgressUpdate(40),
      rag: 'amber' as const,
      commentary: 'Slower than planned',
      percentComplete: '45',
      problem: 'Venue closed',
      correctiveAction: 'Moved to the library',
      revisedDate: '',
      measureValues: { 'me-2': '12' },
    };
    const { request, measureIds } = toProgressUpdateRequest(values, measures);
    expect(request).toEqual({
      rag: 'amber',
      commentary: 'Slower than planned',
      percentComplete: 45,
      problem: 'Venue closed',
      correctiveAction: 'Moved to the library',
      measureValues: [{ measureId: 'me-2', value: 12 }],
    });
    expect(measureIds).toEqual(['me-2']);
  });

  it('leaves out what was typed in the hidden reason fields for green, blue and grey', () => {
    const values = { ...emptyProgressUpdate(40), rag: 'green' as const, problem: 'typed before choosing green', revisedDate: '2027-01-01' };
    const { request } = toProgressUpdateRequest(values, measures);
    expect(request).not.toHaveProperty('problem');
    expect(request).not.toHaveProperty('correctiveAction');
    expect(request).not.toHaveProperty('revisedDate');
  });

  it('sends a percentage that is not a whole number as typed, for the API to explain', () => {
    expect(toProgressUpdateRequest({ ...emptyProgressUpdate(0), percentComplete: '50%' }, []).request.percentComplete).toBe('50%');
  });
});

describe('locateProgressField', () => {
  it('finds the input of the measure a value was sent for', () => {
    expect(locateProgressField('measureValues.0.value', ['me-2'], { 'me-2': 'Devices funded' })).toEqual({
      inputId: 'measure-me-2',
      key: 'measure-me-2',
      context: 'Devices funded',
    });
  });

  it('asks for a RAG rating in words', () => {
    expect(locateProgressField('rag', [], {})).toMatchObject({ inputId: 'rag', replacement: 'Select the RAG rating' });
  });
});
