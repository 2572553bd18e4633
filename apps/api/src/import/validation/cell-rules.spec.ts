import { cellText, emailAddress, nameList, optionalDate, optionalRag, optionalReference, optionalStatus, priorityNumber } from './cell-rules.js';

const value = <T>(parsed: { ok: boolean; value?: T; message?: string }) => (parsed.ok ? parsed.value : `problem: ${parsed.message}`);

describe('reading the cells of an imported row', () => {
  it('shows a cell as its trimmed text, dates as YYYY-MM-DD', () => {
    expect([cellText(null), cellText('  a  '), cellText(3), cellText(true), cellText(new Date(Date.UTC(2026, 0, 5)))]).toEqual(['', 'a', '3', 'TRUE', '2026-01-05']);
  });

  it('takes a priority as a number, digits, or the way the action list export writes it', () => {
    expect([2, '2', ' 2 ', '2.0', '2. Target digital access'].map((cell) => value(priorityNumber(cell)))).toEqual([2, 2, 2, 2, 2]);
    expect(value(priorityNumber('2.5'))).toMatch(/^problem: "2.5" is not a priority number/);
    expect(value(priorityNumber(-1))).toMatch(/^problem:/);
  });

  it('takes a date as YYYY-MM-DD text or a date cell; blank is no date', () => {
    expect(value(optionalDate('2028-02-29'))).toBe('2028-02-29');
    expect(value(optionalDate(new Date(Date.UTC(2027, 2, 31))))).toBe('2027-03-31');
    expect(value(optionalDate(' '))).toBeNull();
    for (const bad of ['2027-02-29', '2027-3-1', '0999-01-01', 46113]) expect(value(optionalDate(bad))).toMatch(/^problem: .* is not a real date/);
  });

  it('takes an email address in any case, and a mailto: link as Excel makes one', () => {
    expect(value(emailAddress('Wren@Example.org'))).toBe('wren@example.org');
    expect(value(emailAddress('mailto:wren@example.org'))).toBe('wren@example.org');
    expect(value(emailAddress(''))).toBe("problem: Enter the lead owner's email address");
  });

  it('splits names on semicolons, dropping blanks and repeats', () => {
    expect(nameList(' The Forum ;; the  forum; Citizens Online ;')).toEqual(['The Forum', 'Citizens Online']);
    expect(nameList(null)).toEqual([]);
  });

  it('reads status and RAG words in any case, and the export labels', () => {
    expect(['not started', 'IN PROGRESS', 'Complete', ''].map((cell) => value(optionalStatus(cell)))).toEqual(['not_started', 'in_progress', 'complete', null]);
    expect(['red', 'Amber', 'GREEN', 'Blue (complete)', 'Grey (not started)', 'gray', ''].map((cell) => value(optionalRag(cell)))).toEqual([
      'red', 'amber', 'green', 'blue', 'grey', 'grey', null,
    ]);
  });

  it('takes a reference in capitals, or none', () => {
    expect([' di-012 ', 'P1.2/A', ''].map((cell) => value(optionalReference(cell)))).toEqual(['DI-012', 'P1.2/A', null]);
    for (const bad of ['DI 12', '-DI', 'DI--1', 'X'.repeat(21)]) expect(value(optionalReference(bad))).toMatch(/is not a reference/);
  });
});
