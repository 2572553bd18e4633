import { addDays, daysBetween, londonDate, reminderOwed } from './reminder-rules.js';

describe('reminderOwed', () => {
  const due = { returnsDue: '2026-12-15', reminderDaysBefore: 7 };

  it('owes nothing before the reminder window opens', () => {
    expect(reminderOwed('2026-12-07', due)).toBeNull();
    expect(reminderOwed('2026-01-01', due)).toBeNull();
  });

  it('owes a due-soon reminder from the first day of the window up to and including the due date', () => {
    expect(reminderOwed('2026-12-08', due)).toBe('due_soon');
    expect(reminderOwed('2026-12-14', due)).toBe('due_soon');
    expect(reminderOwed('2026-12-15', due)).toBe('due_soon');
  });

  it('owes an overdue reminder from the day after the due date, however late', () => {
    expect(reminderOwed('2026-12-16', due)).toBe('overdue');
    expect(reminderOwed('2027-03-01', due)).toBe('overdue');
  });

  it('with zero days before, reminds on the due date only, then overdue', () => {
    const onTheDay = { returnsDue: '2026-12-15', reminderDaysBefore: 0 };
    expect(reminderOwed('2026-12-14', onTheDay)).toBeNull();
    expect(reminderOwed('2026-12-15', onTheDay)).toBe('due_soon');
    expect(reminderOwed('2026-12-16', onTheDay)).toBe('overdue');
  });

  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(reminderOwed('2027-12-29', { returnsDue: '2028-01-02', reminderDaysBefore: 3 })).toBeNull();
    expect(reminderOwed('2027-12-30', { returnsDue: '2028-01-02', reminderDaysBefore: 3 })).toBe('due_soon');
    expect(reminderOwed('2028-02-26', { returnsDue: '2028-03-01', reminderDaysBefore: 3 })).toBeNull();
    expect(reminderOwed('2028-02-27', { returnsDue: '2028-03-01', reminderDaysBefore: 3 })).toBe('due_soon');
    expect(reminderOwed('2028-03-02', { returnsDue: '2028-03-01', reminderDaysBefore: 3 })).toBe('overdue');
  });

  it('is not shifted by the clocks changing in the window', () => {
    // British Summer Time ends on 25 Oct 2026: still exactly 7 calendar days.
    expect(reminderOwed('2026-10-22', { returnsDue: '2026-10-29', reminderDaysBefore: 7 })).toBe('due_soon');
    expect(reminderOwed('2026-10-21', { returnsDue: '2026-10-29', reminderDaysBefore: 7 })).toBeNull();
  });
});

describe('londonDate', () => {
  it('is the UK calendar date: GMT in winter', () => {
    expect(londonDate(new Date('2026-12-15T23:59:59Z'))).toBe('2026-12-15');
    expect(londonDate(new Date('2026-12-16T00:00:00Z'))).toBe('2026-12-16');
  });

  it('is the UK calendar date: BST in summer, an hour ahead of UTC', () => {
    expect(londonDate(new Date('2026-06-30T22:59:59Z'))).toBe('2026-06-30');
    expect(londonDate(new Date('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
  });
});

describe('date arithmetic', () => {
  it('adds and counts calendar days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-01', '2026-12-15')).toBe(14);
    expect(daysBetween('2026-12-15', '2026-12-01')).toBe(-14);
  });
});
