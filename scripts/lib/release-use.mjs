// Some use of a released Steerline through its own API, for what the bench's seeding leaves empty: partner contacts
// and protocols, a board meeting's agenda, notifications from a raised escalation, a failed sign-in.
import pg from 'pg';
import { DEMO_PASSWORD, postJson, signIn } from './app-process.mjs';

export async function exerciseRelease(baseUrl, databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const idOf = async (sql, values = []) => (await db.query(sql, values)).rows[0].id;
  try {
    const admin = await signIn(baseUrl, 'admin@steerline.example');
    const board = await signIn(baseUrl, 'board@steerline.example');
    const partner = await idOf(`SELECT id FROM partner ORDER BY name LIMIT 1`);
    await postJson(baseUrl, admin, `/api/partners/${partner}/contacts`, { name: 'Priya Contact', email: 'priya@partner.example', phone: '0117 496 0000', role: 'Volunteer lead' });
    await postJson(baseUrl, admin, `/api/partners/${partner}/protocols`, { protocolName: 'Data sharing protocol', protocolVersion: '2', signedOn: '2026-03-01', signedBy: 'Alex Chief' });

    const action = await idOf(`SELECT id FROM action WHERE reference = 'DI-002'`);
    const escalation = await postJson(baseUrl, board, `/api/actions/${action}/escalations`, {
      problem: 'The library venue closes in March.', impact: 'Drop-in sessions stop.', decisionSought: 'Fund a new venue.', urgency: 'routine', neededBy: '2030-01-31',
    });
    const meeting = await postJson(baseUrl, board, '/api/board-meetings', { meetingDate: '2026-12-10', title: 'December board' });
    await postJson(baseUrl, board, `/api/board-meetings/${meeting.id}/agenda`, { escalationId: escalation.id, version: escalation.version });

    const wrong = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'leader@steerline.example', password: `${DEMO_PASSWORD}-wrong` }),
    });
    if (wrong.status !== 401) throw new Error(`A wrong password answered ${wrong.status}`);
  } finally {
    await db.end();
  }
}
