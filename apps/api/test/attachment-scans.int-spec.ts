import { simpleParser } from 'mailparser';
import type supertest from 'supertest';
import { startClamd, TEST_VIRUS_MARKER, TEST_VIRUS_NAME, type TestClamd } from './support/clamd.js';
import { ADMIN, demoIds, PARTNER, WORKING } from './support/demo.js';
import { PDF } from './support/evidence-files.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** With CLAMAV_HOST, files of evidence go through a real clamd before anyone can download them. */
describe('virus scan of evidence (a real clamd)', () => {
  let clamd: TestClamd;
  let smtp: TestSmtpServer;
  let t: TestApp;
  let ids: Record<string, string>;
  let partner: Agent;
  let working: Agent;

  const upload = (content: Buffer, name: string) => partner.post(`/api/actions/${ids['DI-001']}/attachments`).attach('file', content, name).expect(201);
  const listed = async (id: string) => ((await working.get(`/api/actions/${ids['DI-001']}/attachments`).expect(200)).body as { id: string; scan: string; scanFinding: string | null; canDownload: boolean }[]).find((file) => file.id === id);
  const scanOf = async (id: string, until: string, seconds = 45) => {
    for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await sleep(200)) {
      const file = await listed(id);
      if (file?.scan === until) return file;
    }
    throw new Error(`The file ${id} was still ${(await listed(id))?.scan} after ${seconds} s, not ${until}`);
  };

  beforeAll(async () => {
    [clamd, smtp] = await Promise.all([startClamd(), startSmtpServer()]);
    t = await createTestApp({ ...clamd.settings, SMTP_URL: smtp.url });
    ids = await demoIds(t);
    partner = await t.signIn(PARTNER);
    working = await t.signIn(WORKING);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await Promise.all([clamd.close(), smtp.close()]);
  });

  it('keeps a clean file as "being checked" until clamd has read it, then serves the same bytes', async () => {
    const added = await upload(PDF, 'Attendance sheet.pdf');
    expect(added.body).toMatchObject({ scan: 'checking', canDownload: false, scanFinding: null });

    const clean = await scanOf(added.body.id, 'clean');
    expect(clean).toMatchObject({ canDownload: true, scanFinding: null });
    const got = await working.get(`/api/attachments/${added.body.id}`).buffer(true).expect(200);
    expect(Buffer.from(got.body as Buffer).equals(PDF)).toBe(true);
  });

  it('refuses an infected file: its bytes are deleted, the download answers 410, the refusal is audited and the uploader told', async () => {
    const infected = Buffer.from(`Venue,People\nCentral Library,12\n${TEST_VIRUS_MARKER},1\n`);
    const added = await upload(infected, 'Attendance.csv');

    const refused = await scanOf(added.body.id, 'infected');
    expect(refused).toMatchObject({ canDownload: false, scanFinding: TEST_VIRUS_NAME });
    const answer = await working.get(`/api/attachments/${added.body.id}`).expect(410);
    expect(answer.body.error).toMatchObject({ code: 'attachment_infected', message: expect.stringContaining(TEST_VIRUS_NAME) });
    expect(await t.sql(`SELECT 1 FROM attachment_content WHERE attachment_id = $1`, [added.body.id])).toEqual([]);

    const admin = await t.signIn(ADMIN);
    const trail = (await admin.get('/api/audit').query({ entityType: 'attachment' }).expect(200)).body.items as { operation: string; entityId: string; actor: unknown }[];
    expect(trail.filter((event) => event.entityId === added.body.id).map((event) => event.operation)).toEqual(expect.arrayContaining(['create', 'refuse_file']));

    const told = (await partner.get('/api/notifications').expect(200)).body.items as { kind: string; title: string; body: string }[];
    expect(told.find((notice) => notice.kind === 'file_refused')).toMatchObject({ title: 'Your file "Attendance.csv" was refused', body: expect.stringContaining(TEST_VIRUS_NAME) });
    for (let wait = 0; wait < 100 && smtp.received.length === 0; wait++) await sleep(50);
    const mails = await Promise.all(smtp.received.map(async (mail) => [(await simpleParser(mail.raw)).subject, mail.to]));
    expect(mails).toEqual([['Your file "Attendance.csv" was refused', [PARTNER]]]);
  });

  it('while clamd is down, a new file waits as "being checked" (download 409) and is checked once clamd is back', async () => {
    await clamd.stop();
    const added = await upload(PDF, 'Contract.pdf');
    await sleep(2500);
    expect(await listed(added.body.id)).toMatchObject({ scan: 'checking', canDownload: false });
    const answer = await working.get(`/api/attachments/${added.body.id}`).expect(409);
    expect(answer.body.error).toMatchObject({ code: 'attachment_being_checked', message: expect.stringContaining('being checked') });

    await clamd.start();
    await scanOf(added.body.id, 'clean', 60);
    await working.get(`/api/attachments/${added.body.id}`).expect(200);
  }, 90_000);
});
