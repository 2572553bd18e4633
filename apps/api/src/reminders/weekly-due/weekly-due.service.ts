import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WeeklyEmailChoice } from '@steerline/contracts';
import { AuditService } from '../../audit/audit.service.js';
import type { CurrentUser } from '../../common/auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { MailService } from '../../notifications/mail.service.js';
import { addDays, londonDate } from '../reminder-rules.js';
import { weeklyDueMail } from './weekly-due-mail.js';
import { claimWeek, type DueItem, selectEverythingDue, selectWeeklyDueChoice, setWeeklyDueChoice } from './weekly-due.queries.js';

export interface WeeklyDueRun {
  /** The Monday of the UK week the run was for. */
  weekOf: string;
  sent: number;
}

/** The Monday (YYYY-MM-DD) of the week `isoDate` is in. */
export function mondayOf(isoDate: string): string {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return addDays(isoDate, -((weekday + 6) % 7));
}

/**
 * Owners' weekly "what is due" e-mail. Safe to run any number of times, on any number of replicas: each person's
 * e-mail for the week is claimed (weekly_due_sent) before it is sent, and only the claimant sends it.
 */
@Injectable()
export class WeeklyDueService {
  private readonly logger = new Logger(WeeklyDueService.name);

  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runNow(today: string = londonDate(new Date())): Promise<WeeklyDueRun> {
    const weekOf = mondayOf(today);
    // Without SMTP there is nobody to reach: nothing is claimed, so setting SMTP_URL later still sends this week's.
    if (!this.mail.enabled) return { weekOf, sent: 0 };
    let sent = 0;
    for (const [ownerId, items] of byOwner(await selectEverythingDue(this.db.manager, today))) {
      if (!(await claimWeek(this.db.manager, ownerId, weekOf, items.length))) continue;
      await this.mail.send([weeklyDueMail(items[0].email, items, today, this.config.PUBLIC_URL)]);
      sent += 1;
    }
    if (sent > 0) this.logger.log(`Weekly "what is due" e-mails for the week of ${weekOf}: ${sent}`);
    return { weekOf, sent };
  }

  async choiceOf(user: CurrentUser): Promise<WeeklyEmailChoice> {
    return { weeklyDueEmail: await selectWeeklyDueChoice(this.db.manager, user.id) };
  }

  async choose(user: CurrentUser, wanted: boolean): Promise<WeeklyEmailChoice> {
    await this.db.transaction(async (manager) => {
      const before = await selectWeeklyDueChoice(manager, user.id);
      if (before === wanted) return;
      await setWeeklyDueChoice(manager, user.id, wanted);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'user', entityId: user.id, before: { weeklyDueEmail: before }, after: { weeklyDueEmail: wanted } });
    });
    return { weeklyDueEmail: wanted };
  }
}

function byOwner(items: DueItem[]): Map<string, DueItem[]> {
  const owners = new Map<string, DueItem[]>();
  for (const item of items) owners.set(item.owner_id, [...(owners.get(item.owner_id) ?? []), item]);
  return owners;
}
