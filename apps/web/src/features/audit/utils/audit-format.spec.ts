import type { AuditEventRow } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { describeChanges, describeEntity, fieldLabel, formatValue, formatWhen } from './audit-format';

const event = (overrides: Partial<AuditEventRow>): AuditEventRow => ({
  id: '1',
  occurredAt: '2026-11-27T19:54:00.000Z',
  actor: { id: 'admin-1', name: 'Alex Admin' },
  operation: 'create',
  entityType: 'user',
  entityId: 'user-1',
  changes: {},
  ...overrides,
});

describe('audit trail changes', () => {
  it('reads each changed field as its label, before and after', () => {
    const names = new Map([
      ['body-1', 'Channel shift board'],
      ['body-2', 'Internal digital inclusion working group'],
    ]);
    expect(
      describeChanges(
        { name: { before: null, after: 'Sam Smith' }, isActive: { before: true, after: false }, bodyIds: { before: [], after: ['body-1', 'body-2'] } },
        names,
      ),
    ).toEqual([
      { field: 'Name', before: 'none', after: 'Sam Smith' },
      { field: 'Active', before: 'Yes', after: 'No' },
      { field: 'Bodies', before: 'none', after: 'Channel shift board, Internal digital inclusion working group' },
    ]);
  });

  it('leaves out a change nobody could see, such as nothing to an empty description', () => {
    expect(describeChanges({ name: { before: null, after: 'The Forum' }, description: { before: null, after: '' } })).toEqual([
      { field: 'Name', before: 'none', after: 'The Forum' },
    ]);
  });

  it('shows records by name and long text shortened', () => {
    expect(formatValue({ id: 'u-1', name: 'Bola Board' })).toBe('Bola Board');
    expect(formatValue([{ id: 'p-1', name: 'The Forum' }, { id: 'p-2', name: 'Citizens Online' }])).toBe('The Forum, Citizens Online');
    expect(formatValue({ id: 'pr-2', number: 2 })).toBe('Priority 2');
    expect(formatValue('x'.repeat(300))).toHaveLength(120);
    expect(formatValue(12.5)).toBe('12.5');
    expect(formatValue('')).toBe('none');
  });

  it('labels fields in plain words', () => {
    expect(fieldLabel('householdShare')).toBe('Share of households');
    expect(fieldLabel('cancelledReason')).toBe('Cancelled reason');
    expect(fieldLabel('percentComplete')).toBe('Percent complete');
  });

  it('names the record and links to where it can be seen', () => {
    expect(describeEntity(event({ entityType: 'user', entityId: 'u-9' }), new Map([['u-9', 'Sam Smith']]))).toEqual({
      label: 'Person',
      name: 'Sam Smith',
      href: '/admin/users/u-9',
    });
    expect(describeEntity(event({ entityType: 'action', entityId: 'a-1', changes: { reference: { before: null, after: 'DI-004' } } }))).toEqual({
      label: 'Action',
      name: 'DI-004',
      href: '/actions/a-1',
    });
    expect(
      describeEntity(event({ entityType: 'partner_contact', entityId: 'c-1', changes: { partnerId: { before: 'p-1', after: null }, name: { before: 'Jo', after: null } } })),
    ).toEqual({ label: 'Partner contact', name: 'Jo', href: '/partners/p-1' });
  });

  it('gives the time in UTC', () => {
    expect(formatWhen('2026-11-27T19:54:00.000Z')).toBe('27 November 2026 at 19:54');
    expect(formatWhen('2026-04-01T00:05:00.000Z')).toBe('1 April 2026 at 00:05');
  });
});
