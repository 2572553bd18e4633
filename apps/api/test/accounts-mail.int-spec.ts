import { ADMIN, demoIds } from './support/demo.js';
import { decodedMail, linkIn, sessionsOf, tokenOf } from './support/accounts.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

async function waitFor<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const BOARD = 'board@steerline.example';
const DEMO_PASSWORD = 'steerline-demo-2026';

/** Invitations and forgotten passwords through a real SMTP server, and changing one's own password. */
describe('invitations and passwords by e-mail', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const mailTo = (address: string, subject: string) =>
    waitFor(() => smtp.received.find((mail) => mail.to.includes(address) && mail.subject === subject), `"${subject}" to ${address}`);
  const resetFor = (email: string, address = '203.0.113.1') => t.http.post('/api/account/password-reset').set('X-Forwarded-For', address).send({ email });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://steerline.norwich.example/', TRUST_PROXY: 'true', PASSWORD_RESETS_PER_EMAIL: '3', PASSWORD_RESETS_PER_ADDRESS: '8' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('e-mails an invitation with a working link, and does not show the link to the administrator', async () => {
    const admin = await t.signIn(ADMIN);
    const ids = await demoIds(t);
    const created = await admin.post('/api/admin/users')
      .send({ email: 'eddie@barclays.example', name: 'Eddie Eagle', partnerId: ids['Barclays Digital Eagles'], bodyIds: [ids.external_steering_group] })
      .expect(201);
    expect(created.body.invitation).toEqual({ emailedTo: 'eddie@barclays.example', link: null, expiresAt: expect.any(String) });

    const mail = await mailTo('eddie@barclays.example', 'You have been invited to Steerline');
    const text = decodedMail(mail.raw);
    expect(text).toContain('Alex Admin has invited you to Steerline');
    const link = linkIn(text)!;
    expect(link).toMatch(/^https:\/\/steerline\.norwich\.example\/set-password\?token=[A-Za-z0-9_-]{43}$/);

    await t.http.post('/api/account/set-password').send({ token: tokenOf(link), password: 'eagles-at-the-forum' }).expect(200);
    const eddie = await t.signIn('eddie@barclays.example', 'eagles-at-the-forum');
    expect((await eddie.get('/api/me').expect(200)).body).toMatchObject({ name: 'Eddie Eagle', partner: { name: 'Barclays Digital Eagles' } });
  });

  it('answers a reset for an unknown address exactly as for a known one, and e-mails only the known one', async () => {
    const known = await resetFor(BOARD, '203.0.113.10').expect(202);
    const unknown = await resetFor('nobody@steerline.example', '203.0.113.11').expect(202);
    const shape = (response: typeof known) => ({ status: response.status, body: response.body, text: response.text, type: response.headers['content-type'], cookie: response.headers['set-cookie'] });
    expect(shape(unknown)).toEqual(shape(known));

    const mail = await mailTo(BOARD, 'Reset your Steerline password');
    expect(decodedMail(mail.raw)).toContain('expires in 60 minutes');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.filter((received) => received.to.includes('nobody@steerline.example'))).toEqual([]);
  });

  it('resets the password with the e-mailed link, ending every session of that person', async () => {
    const signedIn = await t.signIn('leader@steerline.example');
    await resetFor('leader@steerline.example', '203.0.113.20').expect(202);
    const mail = await mailTo('leader@steerline.example', 'Reset your Steerline password');
    const token = tokenOf(linkIn(decodedMail(mail.raw))!);
    expect((await t.http.post('/api/account/links/check').send({ token }).expect(200)).body).toMatchObject({ purpose: 'reset', name: 'Lesley Leader' });

    await t.http.post('/api/account/set-password').send({ token, password: 'a-new-lesley-password' }).expect(200);
    await signedIn.get('/api/me').expect(401);
    expect(await sessionsOf(t, 'leader@steerline.example')).toBe(0);
    await t.http.post('/api/auth/sign-in').send({ email: 'leader@steerline.example', password: DEMO_PASSWORD }).expect(401);
    await t.signIn('leader@steerline.example', 'a-new-lesley-password');
  });

  it('throttles resets per e-mail address, whoever asks, and per client address, whatever the e-mail', async () => {
    const email = 'working@steerline.example';
    for (let n = 1; n <= 3; n++) await resetFor(email, `198.51.100.${n}`).expect(202);
    const refused = await resetFor(email, '198.51.100.99').expect(429);
    expect(refused.body.error).toMatchObject({ code: 'too_many_attempts', message: 'You have asked for too many password reset links. Wait 60 minutes and try again.' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    // The same for an address with no account: the limit says nothing about who has one.
    for (let n = 1; n <= 3; n++) await resetFor('ghost@steerline.example', `198.51.101.${n}`).expect(202);
    await resetFor('ghost@steerline.example', '198.51.101.99').expect(429);

    for (let n = 1; n <= 8; n++) await resetFor(`someone${n}@example.org`, '192.0.2.50').expect(202);
    await resetFor('someone-else@example.org', '192.0.2.50').expect(429);
    await resetFor('someone-else@example.org', '192.0.2.51').expect(202);
    const [{ rows }] = await t.sql<{ rows: number }>(`SELECT count(*)::int AS rows FROM password_reset_request WHERE address = '192.0.2.50'`);
    expect(rows).toBe(8);
  });

  it('changes a password with the current one, ending the other sessions and keeping this one', async () => {
    const email = 'partner@steerline.example';
    const here = await t.signIn(email);
    const elsewhere = await t.signIn(email);
    await here.put('/api/account/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'eagles-at-the-library' }).expect(204);
    await here.get('/api/me').expect(200);
    await elsewhere.get('/api/me').expect(401);
    expect(await sessionsOf(t, email)).toBe(1);
    await t.http.post('/api/auth/sign-in').send({ email, password: DEMO_PASSWORD }).expect(401);
    await t.signIn(email, 'eagles-at-the-library');
    const [audit] = await t.sql(`SELECT operation, changes FROM audit_event WHERE operation = 'change_password' ORDER BY id DESC LIMIT 1`);
    expect(JSON.stringify(audit)).not.toMatch(/eagles-at-the-library|steerline-demo/);
  });

  it('refuses a wrong current password and a weak new one, each beside its field', async () => {
    const agent = await t.signIn(BOARD);
    const wrong = await agent.put('/api/account/password').send({ currentPassword: 'not-my-password', newPassword: 'qwerty123456' }).expect(400);
    expect(wrong.body.error.details).toEqual([
      { field: 'currentPassword', messages: ['Your current password is not correct'] },
      { field: 'newPassword', messages: ['Choose a password that is harder to guess: this one is on a list of common passwords'] },
    ]);
    const own = await agent.put('/api/account/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'board-games-forever' }).expect(400);
    expect(own.body.error.details).toEqual([{ field: 'newPassword', messages: ['Password must not contain the part of your email address before the @'] }]);
    await t.http.put('/api/account/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'a-long-new-password' }).expect(401);
    await agent.get('/api/me').expect(200);
  });
});
