import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MailMessage } from '../../notifications/mail.service.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { dependencyNotice } from './dependency-notices.js';
import { linkConcern } from './dependency.policy.js';
import { claimConcern, selectAllWatchedLinks, selectWatchedLinksOf, type WatchedLinkRow } from './dependency.queries.js';

/**
 * Tells the owner of an action, in the app and by e-mail, when an action it waits on turns red, goes overdue or comes to
 * be due after it. Each link remembers the concern last told, so each change is told once: after an edit or progress
 * update (for the links at either end of that action) and in the daily run (for blockers that went overdue overnight).
 */
@Injectable()
export class DependencyNoticesService {
  private readonly logger = new Logger(DependencyNoticesService.name);

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * After a change to one action has committed. A failure here never fails the change already made: it is logged, and
   * the daily run tells what was missed.
   */
  async afterChange(actionId: string): Promise<void> {
    try {
      await this.tell((manager) => selectWatchedLinksOf(manager, actionId));
    } catch (error) {
      this.logger.error(`Dependency notices after a change to action ${actionId} were not sent: ${(error as Error).message}`);
    }
  }

  /** Judges every link of the plan (the daily run); how many owners were told something new. Safe to run on several replicas. */
  async runNow(): Promise<number> {
    const told = await this.tell(selectAllWatchedLinks);
    if (told > 0) this.logger.log(`Dependency notices: ${told} sent`);
    return told;
  }

  private async tell(select: (manager: EntityManager) => Promise<WatchedLinkRow[]>): Promise<number> {
    let mail: MailMessage[] = [];
    const told = await this.db.transaction(async (manager) => {
      let count = 0;
      for (const link of await select(manager)) {
        const concern = linkConcern(link);
        if (concern === link.notified_concern || !(await claimConcern(manager, link.blocked_id, link.blocker_id, concern))) continue;
        if (concern === null) continue;
        mail = mail.concat(await this.notifications.notify(manager, [link.blocked_owner_id], dependencyNotice(concern, link)));
        count += 1;
      }
      return count;
    });
    this.notifications.deliver(mail);
    return told;
  }
}
