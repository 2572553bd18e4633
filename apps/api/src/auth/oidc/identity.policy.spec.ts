import { SsoRefusal } from '@steerline/contracts';
import { nameFor, refusePerson, vouchedEmail } from './identity.policy.js';

const rules = { emailClaim: 'email' as const, allowedDomains: ['norwich.gov.uk'] };

describe('whom the provider vouches for', () => {
  it('takes a verified e-mail address of an allowed domain, in lower case', () => {
    expect(vouchedEmail({ sub: 's1', email: ' Casey@Norwich.gov.uk ', email_verified: true }, rules)).toEqual({ email: 'casey@norwich.gov.uk' });
  });

  it('refuses an address the provider has not verified, or none at all', () => {
    expect(vouchedEmail({ sub: 's1', email: 'casey@norwich.gov.uk', email_verified: false }, rules)).toEqual({ refusal: SsoRefusal.EmailUnverified });
    expect(vouchedEmail({ sub: 's1', email: 'casey@norwich.gov.uk' }, rules)).toEqual({ refusal: SsoRefusal.EmailUnverified });
    expect(vouchedEmail({ sub: 's1', email_verified: true }, rules)).toEqual({ refusal: SsoRefusal.EmailUnverified });
  });

  it('refuses a domain that is not allowed, and lets any through when none is listed', () => {
    const claims = { sub: 's1', email: 'pat@partner.example.org', email_verified: true };
    expect(vouchedEmail(claims, rules)).toEqual({ refusal: SsoRefusal.DomainNotAllowed });
    expect(vouchedEmail({ ...claims, email: 'pat@evilnorwich.gov.uk' }, rules)).toEqual({ refusal: SsoRefusal.DomainNotAllowed });
    expect(vouchedEmail(claims, { ...rules, allowedDomains: [] })).toEqual({ email: 'pat@partner.example.org' });
  });

  it('trusts preferred_username without email_verified when the setting names it (Entra ID)', () => {
    const entra = { ...rules, emailClaim: 'preferred_username' as const };
    expect(vouchedEmail({ sub: 's1', preferred_username: 'casey@norwich.gov.uk' }, entra)).toEqual({ email: 'casey@norwich.gov.uk' });
    expect(vouchedEmail({ sub: 's1', email: 'casey@norwich.gov.uk', email_verified: true }, entra)).toEqual({ refusal: SsoRefusal.EmailUnverified });
  });
});

describe('whether the person found may come in', () => {
  it('lets in an active person linked to this subject or not linked yet', () => {
    expect(refusePerson({ id: 'u1', isActive: true, subject: 's1' }, 's1')).toBeNull();
    expect(refusePerson({ id: 'u1', isActive: true, subject: null }, 's1')).toBeNull();
  });

  it('refuses nobody found, a person linked to another subject, and a deactivated person', () => {
    expect(refusePerson(undefined, 's1')).toBe(SsoRefusal.UnknownPerson);
    expect(refusePerson({ id: 'u1', isActive: true, subject: 's2' }, 's1')).toBe(SsoRefusal.UnknownPerson);
    expect(refusePerson({ id: 'u1', isActive: false, subject: 's1' }, 's1')).toBe(SsoRefusal.Deactivated);
  });

  it('names a person created on first sign-in after the provider, else after their address', () => {
    expect(nameFor({ sub: 's1', name: ' Casey Council ' }, 'casey@norwich.gov.uk')).toBe('Casey Council');
    expect(nameFor({ sub: 's1' }, 'casey.council@norwich.gov.uk')).toBe('casey.council');
  });
});
