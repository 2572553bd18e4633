import type { RiskDetail } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { emptyRiskValues, riskValuesOf, toCreateRiskRequest, toUpdateRiskRequest } from './risk-form';

const risk = {
  id: 'r1', reference: 'R-001', title: 'Venue lost', cause: 'Paid bookings', effect: 'Drop-ins stop', owner: { id: 'u1', name: 'Bola Board' },
  likelihood: 3, impact: 4, score: 12, targetScore: 4, status: 'open', reviewDate: '2027-01-31', reviewOverdue: false, version: 3,
  actions: [{ id: 'a1', reference: 'DI-001', title: 'x' }], priorities: [{ id: 'p1', number: 1, title: 'y' }], mitigations: [], history: [], escalations: [],
  can: { edit: true, review: true, manageMitigations: true, raiseEscalation: true },
} satisfies RiskDetail;

describe('risk form values', () => {
  it('sends blank choices as missing so the API names each field', () => {
    const request = toCreateRiskRequest({ ...emptyRiskValues(), title: '  Venue lost ', likelihood: '3' });
    expect(request).toMatchObject({ title: 'Venue lost', likelihood: 3, actionIds: [], priorityIds: [] });
    expect(JSON.parse(JSON.stringify(request))).not.toHaveProperty('impact');
    expect(JSON.parse(JSON.stringify(request))).not.toHaveProperty('targetScore');
  });

  it('sends only what changed on edit, with the version it was based on', () => {
    const values = { ...riskValuesOf(risk), title: 'Venue cut', actionIds: ['a1', 'a2'], priorityIds: ['p1'] };
    expect(toUpdateRiskRequest(values, risk)).toEqual({ version: 3, title: 'Venue cut', actionIds: ['a1', 'a2'] });
    expect(toUpdateRiskRequest(riskValuesOf(risk), risk)).toEqual({ version: 3 });
  });
});
