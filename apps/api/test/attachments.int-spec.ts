import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type supertest from 'supertest';
import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { docx, EXE, PDF, PNG, xlsx } from './support/evidence-files.js';
import { downloadAll } from './support/report-downloads.js';
import { csvRecords, docxPart, htmlTable, pdfText, xlsxSheets } from './support/report-readers.js';
import { createReviewFlow, type ReviewFlow } from './support/review-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const MB = 1024 * 1024;
const binary = (response: supertest.Response) => response.body as Buffer;

/** Files of evidence over HTTP: kinds read from the content, limits counted while reading, who may add, see and remove. */
describe('attachments as evidence', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let reviews: ReviewFlow;
  const agents = {} as Record<'admin' | 'leader' | 'board' | 'working' | 'partner', Agent>;

  const upload = (agent: Agent, path: string, content: Buffer, name: string) => agent.post(`/api/${path}/attachments`).attach('file', content, name);
  const download = (agent: Agent, id: string) => agent.get(`/api/attachments/${id}`).buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

  beforeAll(async () => {
    t = await createTestApp({ ATTACHMENT_MAX_MB: '1' });
    ids = await demoIds(t);
    agents.admin = await t.signIn(ADMIN);
    agents.leader = await t.signIn(LEADER);
    agents.board = await t.signIn(BOARD);
    agents.working = await t.signIn(WORKING);
    agents.partner = await t.signIn(PARTNER);
    reviews = await createReviewFlow(t, ids);
  }, 60_000);
  afterAll(() => t.close());

  describe('on an action', () => {
    it('keeps a PDF from the action owner and gives back the same bytes as a download, listed with name, size, who and when', async () => {
      const added = await upload(agents.partner, `actions/${ids['DI-001']}`, PDF, 'Attendance sheet.pdf').expect(201);
      expect(added.body).toMatchObject({
        fileName: 'Attendance sheet.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: { name: expect.any(String) },
        on: { kind: 'action', id: ids['DI-001'] }, actionId: ids['DI-001'], canRemove: true,
        // No CLAMAV_HOST here: kept unscanned, and downloadable at once.
        scan: 'not_scanned', scanFinding: null, canDownload: true,
      });
      expect(added.body.downloadPath).toBe(`/api/attachments/${added.body.id}`);

      const listed = await agents.working.get(`/api/actions/${ids['DI-001']}/attachments`).expect(200);
      expect(listed.body.map((file: { fileName: string; canRemove: boolean }) => [file.fileName, file.canRemove])).toEqual([['Attendance sheet.pdf', false]]);
      expect(new Date(listed.body[0].uploadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const got = await download(agents.working, added.body.id).expect(200);
      expect(binary(got).equals(PDF)).toBe(true);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['content-disposition']).toBe(`attachment; filename="Attendance sheet.pdf"; filename*=UTF-8''Attendance%20sheet.pdf`);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-length']).toBe(String(PDF.length));
    });

    it('accepts Word, Excel, images, CSV and plain text, each typed from its content', async () => {
      const csv = Buffer.from('Date,People\r\n2026-11-03,38\r\n');
      const windows1252 = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' drop-in, '), 0xa3, ...Buffer.from('5 a session\r\n')]);
      const cases: [Buffer, string, string][] = [
        [await docx('Leaflet text'), 'Leaflet.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        [await xlsx(), 'Attendance.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        [PNG, 'Photo.png', 'image/png'],
        [csv, 'Attendance.csv', 'text/csv; charset=utf-8'],
        [windows1252, 'Notes.txt', 'text/plain'],
        [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Drop-in notes', 'utf16le')]), 'Notes UTF-16.txt', 'text/plain'],
      ];
      for (const [content, name, mediaType] of cases) {
        const added = await upload(agents.board, `actions/${ids['DI-003']}`, content, name);
        expect({ name, status: added.status, mediaType: added.body.mediaType }).toEqual({ name, status: 201, mediaType });
        expect(binary(await download(agents.partner, added.body.id).expect(200)).equals(content)).toBe(true);
      }
    });

    it('goes by the content, not the name: a PDF sent as .xlsx is kept and downloaded as .pdf', async () => {
      const added = await upload(agents.board, `actions/${ids['DI-003']}`, PDF, 'contract.xlsx').expect(201);
      expect(added.body).toMatchObject({ fileName: 'contract.pdf', mediaType: 'application/pdf' });
    });

    it('refuses, with 415 on the file field, a program, a binary file named .txt, a web page and a PDF-named file that is not one', async () => {
      const refused: [Buffer, string][] = [
        [EXE, 'leaflet.pdf'],
        [Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'notes.txt'],
        [Buffer.from('<html><script>alert(1)</script></html>'), 'page.html'],
        [Buffer.from('not really a pdf'), 'report.pdf'],
      ];
      const before = await t.sql(`SELECT id FROM attachment`);
      for (const [content, name] of refused) {
        const response = await upload(agents.board, `actions/${ids['DI-003']}`, content, name);
        expect({ name, status: response.status, code: response.body.error?.code, field: response.body.error?.details?.[0]?.field })
          .toEqual({ name, status: 415, code: 'file_type_refused', field: 'file' });
      }
      expect(await t.sql(`SELECT id FROM attachment`)).toHaveLength(before.length);
    });

    it('makes names safe: no folders, quotes or control characters, and a name that is all unicode still downloads', async () => {
      const added = await upload(agents.board, `actions/${ids['DI-003']}`, PDF, '../../evil|name*?.pdf').expect(201);
      expect(added.body.fileName).toBe('evilname.pdf');
      const unicode = await upload(agents.board, `actions/${ids['DI-003']}`, PDF, 'Café ✓ «plan».pdf').expect(201);
      expect(unicode.body.fileName).toBe('Café ✓ «plan».pdf');
      const got = await download(agents.board, unicode.body.id).expect(200);
      expect(got.headers['content-disposition']).toBe(`attachment; filename="Cafe  plan.pdf"; filename*=UTF-8''Caf%C3%A9%20%E2%9C%93%20%C2%ABplan%C2%BB.pdf`);
    });

    it('refuses an empty upload and a request with no file with 400 on the file field', async () => {
      const empty = await upload(agents.board, `actions/${ids['DI-003']}`, Buffer.alloc(0), 'empty.pdf').expect(400);
      expect(empty.body.error.details).toEqual([{ field: 'file', messages: ['The file is empty. Choose a file with something in it.'] }]);
      const none = await agents.board.post(`/api/actions/${ids['DI-003']}/attachments`).send({}).expect(400);
      expect(none.body.error.details).toEqual([{ field: 'file', messages: ['Choose a file to upload.'] }]);
    });

    it('refuses a file over ATTACHMENT_MAX_MB with 413, and stores nothing', async () => {
      const response = await upload(agents.board, `actions/${ids['DI-003']}`, Buffer.concat([PDF, Buffer.alloc(MB)]), 'big.pdf').expect(413);
      expect(response.body.error).toMatchObject({ code: 'file_too_large', message: 'The file must be smaller than 1 MB.' });
      expect(response.body.error.details).toEqual([{ field: 'file', messages: ['The file must be smaller than 1 MB.'], limit: 'file_bytes', allowed: MB }]);
      expect(await t.sql(`SELECT id FROM attachment WHERE file_name = 'big.pdf'`)).toEqual([]);
    });

    it('counts the bytes as they arrive: a chunked upload with no Content-Length is stopped at the limit', async () => {
      const cookie = (await t.http.post('/api/auth/sign-in').send({ email: BOARD, password: 'steerline-demo-2026' }).expect(200)).headers['set-cookie'] as unknown as string[];
      const server = t.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const boundary = 'steerline-test-boundary';
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const sending = httpRequest(
          { host: '127.0.0.1', port, method: 'POST', path: `/api/actions/${ids['DI-003']}/attachments`, headers: { cookie: cookie.map((c) => c.split(';')[0]).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' } },
          (response) => {
            let body = '';
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        sending.on('error', reject);
        sending.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chunked.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
        sending.write(PDF);
        const megabyte = Buffer.alloc(MB, 0x20);
        const more = (left: number) => (left === 0 ? sending.end(`\r\n--${boundary}--\r\n`) : sending.write(megabyte, () => more(left - 1)));
        more(3);
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.code).toBe('file_too_large');
      expect(await t.sql(`SELECT id FROM attachment WHERE file_name = 'chunked.pdf'`)).toEqual([]);
    });

    it('takes evidence only from people who may update or edit the action', async () => {
      const refused = await upload(agents.partner, `actions/${ids['DI-003']}`, PDF, 'not mine.pdf').expect(403);
      expect(refused.body.error.code).toBe('forbidden');
      await t.http.post(`/api/actions/${ids['DI-003']}/attachments`).attach('file', PDF, 'anonymous.pdf').expect(401);
      await upload(agents.working, `actions/${ids['DI-003']}`, PDF, 'working group.pdf').expect(201);
    });

    it('answers 404 for a file that does not exist, a malformed id, and anyone signed out is asked to sign in', async () => {
      await agents.board.get('/api/attachments/00000000-0000-4000-8000-000000000000').expect(404);
      await agents.board.get('/api/attachments/not-an-id').expect(404);
      const added = await upload(agents.board, `actions/${ids['DI-003']}`, PDF, 'signed out.pdf').expect(201);
      await t.http.get(`/api/attachments/${added.body.id}`).expect(401);
    });
  });

  describe('removing', () => {
    it('lets the person who added a file remove it (audited with what it was); the download is then 404', async () => {
      const added = await upload(agents.board, `actions/${ids['DI-003']}`, PDF, 'Wrong file.pdf').expect(201);
      const [created] = await t.sql<{ changes: Record<string, { after: unknown }> }>(`SELECT changes FROM audit_event WHERE entity_type = 'attachment' AND entity_id = $1 AND operation = 'create'`, [added.body.id]);
      expect(created.changes).toMatchObject({ fileName: { after: 'Wrong file.pdf' }, sizeBytes: { after: PDF.length }, sha256: { after: expect.stringMatching(/^[0-9a-f]{64}$/) } });

      const other = await agents.admin.delete(`/api/attachments/${added.body.id}`).expect(403);
      expect(other.body.error.message).toBe('Only the person who added a file can remove it.');
      await agents.board.delete(`/api/attachments/${added.body.id}`).expect(204);
      await agents.board.get(`/api/attachments/${added.body.id}`).expect(404);
      await agents.board.delete(`/api/attachments/${added.body.id}`).expect(404);
      const [removed] = await t.sql<{ actor_id: string; changes: Record<string, { before: unknown; after: unknown }> }>(
        `SELECT actor_id, changes FROM audit_event WHERE entity_type = 'attachment' AND entity_id = $1 AND operation = 'remove'`, [added.body.id]);
      expect(removed.actor_id).toBe(ids[BOARD]);
      expect(removed.changes.fileName).toEqual({ before: 'Wrong file.pdf', after: null });
      expect(await t.sql(`SELECT 1 FROM attachment_content WHERE attachment_id = $1`, [added.body.id])).toEqual([]);
    });
  });

  describe('on a progress update', () => {
    it('takes evidence from the person who posted the update, and lists it on the action with the update it is on', async () => {
      const update = await agents.partner.post(`/api/actions/${ids['DI-001']}/updates`).send({ commentary: 'Leaflets printed', rag: 'green', percentComplete: 30 }).expect(201);
      const path = `actions/${ids['DI-001']}/updates/${update.body.id}`;
      const added = await upload(agents.partner, path, PNG, 'Leaflet photo.png').expect(201);
      expect(added.body.on).toEqual({ kind: 'progress_update', id: update.body.id });
      await upload(agents.board, path, PNG, 'Not my update.png').expect(403);
      await upload(agents.partner, `actions/${ids['DI-003']}/updates/${update.body.id}`, PNG, 'Wrong action.png').expect(404);
      const listed = await agents.board.get(`/api/actions/${ids['DI-001']}/attachments`).expect(200);
      expect(listed.body.find((file: { id: string }) => file.id === added.body.id).on).toEqual({ kind: 'progress_update', id: update.body.id });
    });
  });

  describe('on an escalation', () => {
    it('takes evidence from whoever raised it and from the board, not from others', async () => {
      const raised = await agents.working.post(`/api/actions/${ids['DI-003']}/escalations`)
        .send({ problem: 'Venue lost', impact: 'Drop-ins stop', decisionSought: 'Fund a new venue', urgency: 'routine', neededBy: '2027-01-31' }).expect(201);
      const path = `escalations/${raised.body.id}`;
      await upload(agents.working, path, PDF, 'Venue letter.pdf').expect(201);
      await upload(agents.board, path, PDF, 'Board note.pdf').expect(201);
      await upload(agents.leader, path, PDF, 'Leader note.pdf').expect(403);
      const listed = await agents.partner.get(`/api/${path}/attachments`).expect(200);
      expect(listed.body.map((file: { fileName: string }) => file.fileName)).toEqual(['Venue letter.pdf', 'Board note.pdf']);
    });
  });

  describe('on a review return', () => {
    it("takes evidence from the return's owner while it is with them, and keeps it once the cycle is signed off", async () => {
      const review = await reviews.returnOf('DI-003', 'with_owner');
      const path = `reviews/returns/${review.id}`;
      const added = await upload(agents.board, path, PDF, 'Six-month figures.pdf').expect(201);
      await upload(agents.partner, path, PDF, 'Not mine.pdf').expect(403);
      const listed = await agents.leader.get(`/api/${path}/attachments`).expect(200);
      expect(listed.body.map((file: { fileName: string }) => file.fileName)).toEqual(['Six-month figures.pdf']);

      await reviews.signedOff();
      const refused = await agents.board.delete(`/api/attachments/${added.body.id}`).expect(409);
      expect(refused.body.error).toMatchObject({ code: 'cycle_signed_off', message: 'This review cycle is signed off, so the evidence on its returns is kept as it is.' });
      await upload(agents.board, path, PDF, 'Too late.pdf').expect(409);
      expect((await agents.board.get(`/api/${path}/attachments`).expect(200)).body[0]).toMatchObject({ fileName: 'Six-month figures.pdf', canRemove: false });
      expect(binary(await download(agents.partner, added.body.id).expect(200)).equals(PDF)).toBe(true);
    });

    it('lists the evidence of the signed-off cycle in its report, by name and date in every format, linked in HTML', async () => {
      const cycle = await reviews.signedOff();
      const [file] = await t.sql<{ id: string; day: string }>(`SELECT id, to_char(uploaded_at, 'FMDD FMMonth YYYY') AS day FROM attachment WHERE file_name = 'Six-month figures.pdf'`);
      const report = await downloadAll(agents.leader, cycle.id);
      expect(report.json.evidence).toContainEqual({ id: file.id, actionReference: 'DI-003', fileName: 'Six-month figures.pdf', attachedTo: 'review_return', uploadedAt: expect.any(String) });

      const html = report.html.toString('utf8');
      expect(htmlTable(html, 'Files of evidence by action').map((row) => row.cells)).toContainEqual([`<a href="/api/attachments/${file.id}">Six-month figures.pdf</a>`, 'DI-003', 'Review return', file.day]);
      expect(pdfText(report.pdf).replace(/\s+/g, ' ')).toContain('Six-month figures.pdf');
      expect(docxPart(report.docx, 'word/document.xml')).toContain('Six-month figures.pdf');
      expect((await xlsxSheets(report.xlsx)).Evidence).toContainEqual(['DI-003', 'Six-month figures.pdf', 'Review return', expect.any(Date)]);
      const row = csvRecords(report.csv.toString('utf8')).find((record) => record.Action === 'DI-003')!;
      expect(row.Evidence).toContain(`Six-month figures.pdf (${file.day})`);
    });
  });
});
