import { columnLetter, normaliseHeader } from './header-columns.js';

describe('reading the header row', () => {
  it('matches headers whatever their case, spacing or required marks', () => {
    expect(['Owner email', ' owner  EMAIL* ', 'Owner email (required)'].map(normaliseHeader)).toEqual(['owner email', 'owner email', 'owner email']);
  });

  it('names columns with spreadsheet letters', () => {
    expect([1, 12, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'L', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
