import { ConfigError, loadConfig } from '../config/env.js';

describe('reminder settings', () => {
  it('default to a daily run at 08:00 (Europe/London), checked every 30 seconds', () => {
    expect(loadConfig({})).toMatchObject({ REMINDERS_ENABLED: true, REMINDER_CRON: '0 8 * * *', REMINDER_CHECK_SECONDS: 30 });
  });

  it('are read from their text form', () => {
    expect(loadConfig({ REMINDERS_ENABLED: 'false', REMINDER_CRON: '30 7 * * 1-5', REMINDER_CHECK_SECONDS: '5' })).toMatchObject({
      REMINDERS_ENABLED: false,
      REMINDER_CRON: '30 7 * * 1-5',
      REMINDER_CHECK_SECONDS: 5,
    });
  });

  it('refuse a cron expression without five or six fields, and a check interval pg-boss would refuse', () => {
    expect(() => loadConfig({ REMINDER_CRON: 'daily' })).toThrow(/REMINDER_CRON must be a cron expression/);
    expect(() => loadConfig({ REMINDER_CHECK_SECONDS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ REMINDER_CHECK_SECONDS: '60' })).toThrow(/REMINDER_CHECK_SECONDS/);
    expect(() => loadConfig({ REMINDERS_ENABLED: 'sometimes' })).toThrow(/REMINDERS_ENABLED/);
  });
});
