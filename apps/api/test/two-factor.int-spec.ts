import { generate } from 'otplib';
import request from 'supertest';
import { ADMIN, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'steerline-demo-2026';
/** The app's code for the step after this one: accepted, and never the code that confirmed the set-up a moment ago. */
const nextCode = (secret: string, stepsAhead = 1) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });
const currentCode = (secret: string) => generate({ secret });

type Agent = ReturnType<typeof request.agent>;

describe('two-factor sign-in with an authenticator app', () => {
  let t: TestApp;
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => (t = await createTestApp({ MFA_REQUIRED: 'admins' })), 60_000);
  afterAll(() => t.close());

  const passwordStep = async (email: string) => {
    const agent = request.agent(t.app.getHttpServer());
    const answer = await agent.post('/api/auth/sign-in').send({ email, password: PASSWORD }).expect(200);
    return { agent, answer: answer.body };
  };
  const userId = async (email: string) => (await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  const auditOf = (operation: string, entityId: string) =>
    t.sql<{ changes: Record<string, { before: unknown; after: unknown }> }>(`SELECT changes FROM audit_event WHERE operation = $1 AND entity_id = $2 ORDER BY id`, [operation, entityId]);

  it('lets a signed-in person set up an app: a QR code with the secret, confirmed by a code, and ten recovery codes', async () => {
    const agent = await t.signIn(WORKING);
    expect((await agent.get('/api/auth/two-factor').expect(200)).body).toEqual({ enrolled: false, recoveryCodesLeft: 0, required: false });
    const setup = await agent.post('/api/auth/two-factor/setup').expect(200);
    secret = setup.body.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Steerline:working(@|%40)steerline\.example\?/);
    expect(new URL(setup.body.otpauthUri).searchParams.get('secret')).toBe(secret);
    expect(new URL(setup.body.otpauthUri).searchParams.get('issuer')).toBe('Steerline');
    expect(setup.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.body.qrCode.split(',')[1], 'base64').toString()).toContain('<svg');

    const wrong = await agent.post('/api/auth/two-factor/enrol').send({ code: '000000' === (await currentCode(secret)) ? '111111' : '000000' }).expect(400);
    expect(wrong.body.error.details).toEqual([{ field: 'code', messages: ['Enter the 6-digit code your authenticator app shows now'] }]);
    const enrolled = await agent.post('/api/auth/two-factor/enrol').send({ code: await currentCode(secret) }).expect(200);
    recoveryCodes = enrolled.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect((await agent.get('/api/auth/two-factor').expect(200)).body).toEqual({ enrolled: true, recoveryCodesLeft: 10, required: false });
    expect((await auditOf('enrol_two_factor', await userId(WORKING))).map((row) => row.changes)).toEqual([
      { twoFactor: { before: null, after: 'authenticator_app' }, recoveryCodes: { before: null, after: 10 } },
    ]);
  });

  it('stores the recovery codes only as hashes, and never the secret in the audit trail', async () => {
    const stored = await t.sql<{ code_hash: Buffer }>(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [await userId(WORKING)]);
    expect(stored).toHaveLength(10);
    const hashes = stored.map((row) => row.code_hash.toString('hex'));
    for (const code of recoveryCodes) expect(hashes.join(' ')).not.toContain(Buffer.from(code).toString('hex'));
    const trail = JSON.stringify(await t.sql(`SELECT changes FROM audit_event`));
    expect(trail).not.toContain(secret);
  });

  it('asks for a code after the password, and starts no session until it is right', async () => {
    const { agent, answer } = await passwordStep(WORKING);
    expect(answer).toEqual({ secondFactor: 'code' });
    await agent.get('/api/me').expect(401);
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({ signedIn: false });
    const wrong = await agent.post('/api/auth/two-factor').send({ code: '12345' }).expect(400);
    expect(wrong.body.error.details[0].field).toBe('code');
    await agent.get('/api/me').expect(401);

    const signedIn = await agent.post('/api/auth/two-factor').send({ code: await nextCode(secret) }).expect(200);
    expect(signedIn.body).toMatchObject({ email: WORKING });
    await agent.get('/api/me').expect(200);
    expect((await agent.get('/api/auth/session').expect(200)).body).toMatchObject({ signedIn: true, me: { email: WORKING } });
    expect((await auditOf('use_two_factor', await userId(WORKING))).length).toBeGreaterThanOrEqual(1);
  });

  it('accepts each code once', async () => {
    const { agent } = await passwordStep(WORKING);
    await agent.post('/api/auth/two-factor').send({ code: await nextCode(secret) }).expect(400);
    await agent.get('/api/me').expect(401);
  });

  it('takes a recovery code once, however it is typed, and refuses it the second time', async () => {
    const [code] = recoveryCodes;
    const first = await passwordStep(WORKING);
    await first.agent.post('/api/auth/two-factor').send({ code: code.toUpperCase().replace('-', ' ') }).expect(200);
    await first.agent.get('/api/me').expect(200);
    const [used] = await auditOf('use_recovery_code', await userId(WORKING));
    expect(used.changes).toMatchObject({ secondFactor: { after: 'recovery_code' }, recoveryCodesLeft: { after: 9 } });

    const second = await passwordStep(WORKING);
    await second.agent.post('/api/auth/two-factor').send({ code }).expect(400);
    await second.agent.get('/api/me').expect(401);
  });

  it('answers a code sent with no password sign-in waiting as "sign in first"', async () => {
    const answer = await t.http.post('/api/auth/two-factor').send({ code: await nextCode(secret) }).expect(401);
    expect(answer.body.error.code).toBe('no_sign_in_pending');
  });

  it('has an administrator (MFA_REQUIRED=admins) set up an app before their first session starts', async () => {
    const { agent, answer } = await passwordStep(ADMIN);
    expect(answer).toEqual({ secondFactor: 'enrol' });
    await agent.get('/api/me').expect(401);
    const setup = await agent.post('/api/auth/two-factor/setup').expect(200);
    const enrolled = await agent.post('/api/auth/two-factor/enrol').send({ code: await currentCode(setup.body.secret) }).expect(200);
    expect(enrolled.body.recoveryCodes).toHaveLength(10);
    expect((await agent.get('/api/me').expect(200)).body.email).toBe(ADMIN);
    expect((await agent.get('/api/auth/two-factor').expect(200)).body).toMatchObject({ enrolled: true, required: true });
  });

  it('lets an administrator reset someone’s app, audited, after which their password alone signs them in', async () => {
    const admin: Agent = await (async () => {
      const { agent } = await passwordStep(ADMIN);
      const [row] = await t.sql<{ totp_secret: string }>(`SELECT totp_secret FROM app_user WHERE email = $1`, [ADMIN]);
      await agent.post('/api/auth/two-factor').send({ code: await nextCode(row.totp_secret) }).expect(200);
      return agent;
    })();
    const working = await userId(WORKING);
    await admin.delete(`/api/admin/users/${working}/two-factor`).expect(204);
    expect((await auditOf('reset_two_factor', working)).map((row) => row.changes)).toEqual([{ twoFactor: { before: 'authenticator_app', after: null } }]);
    expect(await t.sql(`SELECT id FROM recovery_code WHERE user_id = $1`, [working])).toEqual([]);
    const { answer } = await passwordStep(WORKING);
    expect(answer).toMatchObject({ email: WORKING });
  });
});

describe('wrong codes count towards the sign-in throttle', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ SIGN_IN_MAX_FAILURES: '3' })), 60_000);
  afterAll(() => t.close());

  it('answers 429 after three wrong codes, even to the right one', async () => {
    const agent = await t.signIn(WORKING);
    const { body } = await agent.post('/api/auth/two-factor/setup').expect(200);
    await agent.post('/api/auth/two-factor/enrol').send({ code: await currentCode(body.secret) }).expect(200);

    const signingIn = request.agent(t.app.getHttpServer());
    await signingIn.post('/api/auth/sign-in').send({ email: WORKING, password: PASSWORD }).expect(200);
    for (let attempt = 0; attempt < 3; attempt++) await signingIn.post('/api/auth/two-factor').send({ code: 'wrong-code' }).expect(400);
    const limited = await signingIn.post('/api/auth/two-factor').send({ code: await nextCode(body.secret) }).expect(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    await signingIn.get('/api/me').expect(401);
  });
});
