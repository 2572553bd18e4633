import { PASSWORD_MESSAGES, passwordProblems } from './password-policy.js';

const EMAIL = 'casey.council@norwich.example';

describe('password policy', () => {
  it('accepts a long password that is neither common nor the e-mail name', () => {
    expect(passwordProblems('correct horse battery staple', EMAIL)).toEqual([]);
  });

  it('asks for a password when none is given', () => {
    expect(passwordProblems('', EMAIL)).toEqual([PASSWORD_MESSAGES.missing]);
  });

  it('refuses 11 characters and accepts 12', () => {
    expect(passwordProblems('tram-lime-9x', EMAIL)).toEqual([]);
    expect(passwordProblems('tram-lime-9', EMAIL)).toEqual(['Password must be 12 characters or more']);
  });

  it('refuses more than 1024 characters', () => {
    expect(passwordProblems('a1b2'.repeat(257), EMAIL)).toEqual(['Password must be 1024 characters or fewer']);
  });

  it.each(['password1234', 'PASSWORD1234', '123456789012', 'qwerty123456'])('refuses the common password %s', (password) => {
    expect(passwordProblems(password, EMAIL)).toEqual([PASSWORD_MESSAGES.common]);
  });

  it('ships a list of at least the 10,000 most common passwords, checked whatever the letter case', () => {
    // Short entries of the list are refused by length first; a long one far down the list still shows the list is whole.
    expect(passwordProblems('ISeeDeadPeople', EMAIL)).toEqual([PASSWORD_MESSAGES.common]); // about 20,000th
    expect(passwordProblems('Cosmopolitan', EMAIL)).toEqual([PASSWORD_MESSAGES.common]); // about 25,000th
  });

  it('refuses a password containing the part of the e-mail address before the @, whatever its letter case', () => {
    expect(passwordProblems('my-Casey.Council-2026', EMAIL)).toEqual(['Password must not contain the part of your email address before the @']);
  });

  it('does not hold a one- or two-letter e-mail name against the password', () => {
    expect(passwordProblems('jo-tram-lime-9x', 'jo@example.org')).toEqual([]);
    expect(passwordProblems('the-joe-tram-lime', 'joe@example.org')).toEqual([PASSWORD_MESSAGES.containsEmailName]);
  });
});
