import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', SEED_DEMO: 'full', COOKIE_SECURE: false, BODY_LIMIT: '100kb', SIGN_IN_MAX_FAILURES: 10 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads booleans and numbers from their text form', () => {
    expect(loadConfig({ PORT: '8080', SEED_DEMO: 'false', COOKIE_SECURE: 'true' })).toMatchObject({ PORT: 8080, SEED_DEMO: false, COOKIE_SECURE: true });
  });

  it('takes the demo data as the full tour, the minimal set or none', () => {
    expect(loadConfig({ SEED_DEMO: 'true' }).SEED_DEMO).toBe('full');
    expect(loadConfig({ SEED_DEMO: '1' }).SEED_DEMO).toBe('full');
    expect(loadConfig({ SEED_DEMO: 'minimal' }).SEED_DEMO).toBe('minimal');
    expect(loadConfig({ SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
    expect(() => loadConfig({ SEED_DEMO: 'some' })).toThrow(/SEED_DEMO must be true, minimal or false/);
  });

  it('refuses to start on a bad setting and names it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ connection URL/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ COOKIE_SECURE: 'maybe' })).toThrow(/COOKIE_SECURE/);
  });

  it('names every bad setting at once', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT.*\| LOG_LEVEL|LOG_LEVEL.*\| PORT/);
  });
});

describe('PUBLIC_URL', () => {
  it('defaults to localhost on the port the app listens on', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('keeps an address as given, without a trailing slash, and refuses one that is not a web address', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://steerline.example.org/' }).PUBLIC_URL).toBe('https://steerline.example.org');
    expect(() => loadConfig({ PUBLIC_URL: 'steerline.example.org' })).toThrow(/PUBLIC_URL must be an address like https:\/\/steerline\.example\.org/);
  });
});

describe('council sign-in settings', () => {
  const sso = { OIDC_ISSUER_URL: 'https://login.example.org/tenant/v2.0/', OIDC_CLIENT_ID: 'steerline', OIDC_CLIENT_SECRET: 'a-secret' };

  it('keeps password sign-in for everyone, no second factor and no single sign-on by default', () => {
    expect(loadConfig({})).toMatchObject({ PASSWORD_SIGN_IN: 'true', MFA_REQUIRED: 'off', OIDC_BUTTON_LABEL: 'Sign in with your council account', OIDC_ALLOWED_DOMAINS: [], OIDC_EMAIL_CLAIM: 'email', OIDC_AUTO_CREATE: false, OIDC_LOGOUT: false });
    expect(loadConfig({}).OIDC_ISSUER_URL).toBeUndefined();
  });

  it('reads the issuer without its trailing slash and the allowed domains in lower case', () => {
    const config = loadConfig({ ...sso, OIDC_ALLOWED_DOMAINS: 'Norwich.gov.uk, @partners.example.org' });
    expect(config.OIDC_ISSUER_URL).toBe('https://login.example.org/tenant/v2.0');
    expect(config.OIDC_ALLOWED_DOMAINS).toEqual(['norwich.gov.uk', 'partners.example.org']);
  });

  it('refuses values outside each setting’s choices', () => {
    expect(() => loadConfig({ PASSWORD_SIGN_IN: 'sometimes' })).toThrow(/PASSWORD_SIGN_IN must be true, admins-only or false/);
    expect(() => loadConfig({ MFA_REQUIRED: 'yes' })).toThrow(/MFA_REQUIRED must be off, admins or everyone-with-password/);
    expect(() => loadConfig({ OIDC_EMAIL_CLAIM: 'upn' })).toThrow(/OIDC_EMAIL_CLAIM must be email or preferred_username/);
    expect(() => loadConfig({ ...sso, OIDC_ALLOWED_DOMAINS: 'not a domain' })).toThrow(/OIDC_ALLOWED_DOMAINS must be e-mail domains/);
  });

  it('refuses half a single sign-on set-up, and password sign-in off without single sign-on', () => {
    expect(() => loadConfig({ OIDC_ISSUER_URL: sso.OIDC_ISSUER_URL })).toThrow(/set all three for single sign-on/);
    expect(() => loadConfig({ PASSWORD_SIGN_IN: 'false' })).toThrow(/PASSWORD_SIGN_IN: false needs single sign-on/);
    expect(loadConfig({ ...sso, PASSWORD_SIGN_IN: 'false' }).PASSWORD_SIGN_IN).toBe('false');
  });

  it('refuses a plain-http issuer unless OIDC_ALLOW_HTTP says this is a test or a trial', () => {
    const http = { ...sso, OIDC_ISSUER_URL: 'http://127.0.0.1:4000' };
    expect(() => loadConfig(http)).toThrow(/OIDC_ISSUER_URL: must be https:\/\//);
    expect(loadConfig({ ...http, OIDC_ALLOW_HTTP: 'true' }).OIDC_ISSUER_URL).toBe('http://127.0.0.1:4000');
  });
});

describe('ATTACHMENT_MAX_MB', () => {
  it('is 20 MB unless set, and takes a whole number of megabytes from 1 to 100', () => {
    expect(loadConfig({}).ATTACHMENT_MAX_MB).toBe(20);
    expect(loadConfig({ ATTACHMENT_MAX_MB: '5' }).ATTACHMENT_MAX_MB).toBe(5);
    expect(() => loadConfig({ ATTACHMENT_MAX_MB: '0' })).toThrow(/ATTACHMENT_MAX_MB/);
    expect(() => loadConfig({ ATTACHMENT_MAX_MB: '101' })).toThrow(/ATTACHMENT_MAX_MB/);
    expect(() => loadConfig({ ATTACHMENT_MAX_MB: 'lots' })).toThrow(/ATTACHMENT_MAX_MB/);
  });
});

describe('CLAMAV_HOST', () => {
  it('is off unless set, and then scans through port 3310 within 60 seconds unless told otherwise', () => {
    expect(loadConfig({}).CLAMAV_HOST).toBeUndefined();
    expect(loadConfig({ CLAMAV_HOST: '' }).CLAMAV_HOST).toBeUndefined();
    const scanning = loadConfig({ CLAMAV_HOST: 'clamav.internal' });
    expect([scanning.CLAMAV_HOST, scanning.CLAMAV_PORT, scanning.CLAMAV_TIMEOUT_SECONDS]).toEqual(['clamav.internal', 3310, 60]);
    expect(() => loadConfig({ CLAMAV_PORT: '70000' })).toThrow(/CLAMAV_PORT/);
    expect(() => loadConfig({ CLAMAV_TIMEOUT_SECONDS: '0' })).toThrow(/CLAMAV_TIMEOUT_SECONDS/);
  });
});

describe('WEEKLY_DUE_CRON', () => {
  it('is Mondays at 07:00 unless set, and must be a cron expression', () => {
    expect(loadConfig({}).WEEKLY_DUE_CRON).toBe('0 7 * * 1');
    expect(loadConfig({ WEEKLY_DUE_CRON: '30 6 * * 2' }).WEEKLY_DUE_CRON).toBe('30 6 * * 2');
    expect(() => loadConfig({ WEEKLY_DUE_CRON: 'mondays' })).toThrow(/WEEKLY_DUE_CRON/);
  });
});

describe('REPORT_EMAILS_CRON', () => {
  it('is every 10 minutes unless set, and must be a cron expression', () => {
    expect(loadConfig({}).REPORT_EMAILS_CRON).toBe('*/10 * * * *');
    expect(() => loadConfig({ REPORT_EMAILS_CRON: 'often' })).toThrow(/REPORT_EMAILS_CRON/);
  });
});

describe('RISK_REPORT_THRESHOLD', () => {
  it('is 12 unless set, and is a score from 1 to 25', () => {
    expect(loadConfig({}).RISK_REPORT_THRESHOLD).toBe(12);
    expect(loadConfig({ RISK_REPORT_THRESHOLD: '16' }).RISK_REPORT_THRESHOLD).toBe(16);
    expect(() => loadConfig({ RISK_REPORT_THRESHOLD: '26' })).toThrow(/RISK_REPORT_THRESHOLD/);
  });
});
