import { columnLetter, normaliseHeader } from './header-columns.js';
import { zipContents } from './zip-entries.js';

describe('reading the header row', () => {
  it('matches headers whatever their case, spacing or required marks', () => {
    expect(['Owner email', ' owner  EMAIL* ', 'Owner email (required)'].map(normaliseHeader)).toEqual(['owner email', 'owner email', 'owner email']);
  });

  it('names columns with spreadsheet letters', () => {
    expect([1, 12, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'L', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('finds no zip directory in something that is not a zip', () => {
    expect(zipContents(Buffer.from('not a zip at all, just some text that is long enough'))).toBeNull();
  });
});
