import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { MailService } from '../notifications/mail.service.js';
import { ReportDownloadsService } from '../reviews/reports/report-downloads.service.js';
import { digestMail, scopeName, unsubscribeLines } from './digest-mail.js';
import { lastWholePeriod, ukHour, ukToday } from './digest-periods.js';
import { claimMailing, selectDigestFigures, selectDigestSubscriptions, selectSignedOffReportsDue } from './mailing.queries.js';
import type { SubscriptionRow } from './subscription.queries.js';

const DIGESTS_FROM_HOUR = 7;

export interface ReportMailRun {
  digests: number;
  reports: number;
}

/**
 * Sends the report e-mails that are due: each subscription's digest of the last whole week or month, and the report
 * of each review signed off since it began. Safe on any number of replicas at once: each e-mail is claimed first
 * (report_mailing), and only its claimant sends it.
 */
@Injectable()
export class ReportMailer {
  private readonly logger = new Logger(ReportMailer.name);

  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly reports: ReportDownloadsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runNow(now = new Date()): Promise<ReportMailRun> {
    // Without SMTP nothing is claimed, so e-mails still go once SMTP_URL is set.
    if (!this.mail.enabled) return { digests: 0, reports: 0 };
    // Digests wait for the working day (a run at 00:10 on a Monday leaves the week's digest to the first run from 07:00).
    const digests = ukHour(now) >= DIGESTS_FROM_HOUR ? await this.sendDigests(ukToday(now)) : 0;
    const run = { digests, reports: await this.sendSignedOffReports() };
    if (run.digests + run.reports > 0) this.logger.log(`Report e-mails: ${run.digests} digests, ${run.reports} signed-off reports`);
    return run;
  }

  private async sendDigests(today: string): Promise<number> {
    let sent = 0;
    for (const frequency of ['weekly', 'monthly'] as const) {
      const period = lastWholePeriod(frequency, today);
      for (const subscription of await selectDigestSubscriptions(this.db.manager, frequency)) {
        // A subscription begun during or after the period starts with the next one.
        if (ukToday(new Date(subscription.created_at)) >= period.from) continue;
        if (!(await claimMailing(this.db.manager, subscription.id, period.key))) continue;
        const figures = await selectDigestFigures(this.db.manager, subscription.strategy_id, period.from, period.to);
        await this.mail.send([digestMail(subscription, figures, period, { dashboard: `${this.config.PUBLIC_URL}/`, ...this.unsubscribeLinks(subscription) })]);
        sent += 1;
      }
    }
    return sent;
  }

  private async sendSignedOffReports(): Promise<number> {
    let sent = 0;
    for (const due of await selectSignedOffReportsDue(this.db.manager)) {
      if (!(await claimMailing(this.db.manager, due.id, `sign-off:${due.cycle_id}`))) continue;
      const pdf = await this.reports.file(due.cycle_id, 'pdf');
      const link = `${this.config.PUBLIC_URL}/reviews/${due.cycle_id}/report`;
      const text = [
        `The review "${due.cycle_name}" has been signed off. Its Corporate Plan report is attached as an accessible PDF.`,
        '', `Read it in your browser (accessible HTML, with Word, Excel and CSV downloads): ${link}`, ...unsubscribeLines(this.unsubscribeLinks(due).unsubscribePage),
      ].join('\n');
      await this.mail.send([{
        to: due.email, subject: `Signed off: ${due.cycle_name} report (${scopeName(due)})`, text,
        attachments: [{ filename: pdf.filename, content: pdf.content, contentType: pdf.contentType }], unsubscribeUrl: this.unsubscribeLinks(due).oneClick,
      }]);
      sent += 1;
    }
    return sent;
  }

  /** The page a person opens from the e-mail's text, and the address a mail program POSTs to for one-click unsubscribe. */
  private unsubscribeLinks(subscription: Pick<SubscriptionRow, 'unsubscribe_token'>) {
    return {
      unsubscribePage: `${this.config.PUBLIC_URL}/unsubscribe/${subscription.unsubscribe_token}`,
      oneClick: `${this.config.PUBLIC_URL}/api/unsubscribe/${subscription.unsubscribe_token}`,
    };
  }
}
