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
