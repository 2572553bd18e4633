import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '@steerline/testing';

const workspaceRoot = resolve(import.meta.dirname, '../../../..');
const basePort = Number(process.env.E2E_PORT ?? 3100);

/** The go-live journey's own app: an empty database (no demo data) whose e-mail goes to the SMTP server the journey starts. */
export const goLive = {
  port: basePort + 1,
  smtpPort: basePort + 25,
  dataDir: '.data/e2e-go-live',
  baseUrl: `http://localhost:${basePort + 1}`,
  /** The in-process OpenID provider of the single sign-on journey, and the go-live app's settings for it. */
  oidcPort: basePort + 30,
  singleSignOn: {
    OIDC_ISSUER_URL: `http://127.0.0.1:${basePort + 30}`,
    OIDC_CLIENT_ID: TEST_CLIENT_ID,
    OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
    OIDC_ALLOW_HTTP: 'true',
  },
};

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  received: ReceivedMail[];
  /** Resolves with the first message to this address whose subject matches, waiting for it to arrive. */
  mailTo: (address: string, subject: RegExp) => Promise<ReceivedMail>;
  close: () => Promise<void>;
}

/** A real SMTP server on the port the go-live app sends to; each message is parsed as a mail client would. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((done) => server.listen(goLive.smtpPort, '127.0.0.1', done));

  async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
    for (let waited = 0; waited < 15_000; waited += 100) {
      const mail = received.find((message) => message.to.includes(address) && subject.test(message.subject));
      if (mail) return mail;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`No e-mail matching ${subject} reached ${address}; received: ${JSON.stringify(received.map(({ to, subject }) => ({ to, subject })))}`);
  }

  return { received, mailTo, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** The one link to this app in a message or command output. */
export function linkIn(text: string): string {
  const link = new RegExp(`${goLive.baseUrl}/[^\\s)>"]+`).exec(text)?.[0];
  if (!link) throw new Error(`No link to ${goLive.baseUrl} in:\n${text}`);
  return link;
}

/** Runs `admin:create`'s built entry against the go-live app's database, as an administrator would on the server. */
export async function createFirstAdministrator(email: string, name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/apps/api/admin-create.js', '--email', email, '--name', name], {
    cwd: workspaceRoot,
    env: { ...process.env, DATA_DIR: goLive.dataDir, PORT: String(goLive.port), PUBLIC_URL: goLive.baseUrl, LOG_LEVEL: 'warn' },
  });
  return stdout;
}
