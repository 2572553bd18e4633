import type { BodyKind } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../common/auth/password.js';
import { DEMO_ACTIONS, DEMO_BODIES, DEMO_PARTNERS, DEMO_PASSWORD, DEMO_PRIORITIES, DEMO_SEGMENTS, DEMO_STRATEGY, DEMO_USERS } from './demo-data.js';
import { demoId } from './demo-ids.js';
import {
  type DemoRows, insertBody, insertDemoRows, insertMembership, insertPartner, insertPriority, insertSegment, insertStrategy, insertUser,
  markDemoCycleSignedOff, strategyExists,
} from './demo.queries.js';
import { TourCalendar } from './tour/tour-calendar.js';
import type { TourContext } from './tour/tour-context.js';
import { TOUR_PEOPLE } from './tour/tour-people.js';
import { tourRows, tourSignOffs } from './tour/tour-rows.js';

/**
 * How much demo data to load: `minimal` is the people, bodies, priorities, segments, partners and three actions (for
 * training and tests); `full` is the tour, a year and a half of the plan with every page showing something.
 */
export type DemoLevel = 'minimal' | 'full';

/** Freezes a demo cycle's Corporate Plan report as its snapshot, as sign-off does; given by the reviews feature. */
export type DemoSignOff = (db: EntityManager, signOff: { cycleId: string; at: Date; signerId: string; signerName: string }) => Promise<void>;

export interface DemoSeedOptions {
  level: DemoLevel;
  /** The Europe/London date the tour's dates count from. */
  today: string;
  signOff: DemoSignOff;
}

/** Writes the demo data set unless a strategy is already there (the demo one, or one an administrator set up). Returns whether it wrote anything. */
export async function seedDemoData(db: EntityManager, options: DemoSeedOptions): Promise<boolean> {
  if (await strategyExists(db)) return false;
  const base = await seedBase(db, options);
  if (options.level === 'minimal') {
    await insertDemoRows(db, minimalActionRows(base));
    return true;
  }
  await insertDemoRows(db, tourRows(base));
  // Oldest first: each report's movement is measured against the snapshot of the cycle before.
  for (const signOff of tourSignOffs(base)) {
    await options.signOff(db, signOff);
    await markDemoCycleSignedOff(db, signOff.cycleId);
  }
  return true;
}

/** The strategy and who delivers it, one row at a time (partners and people may exist already), with ids stable from load to load. */
async function seedBase(db: EntityManager, options: DemoSeedOptions): Promise<TourContext> {
  const strategyId = await insertStrategy(db, [demoId('strategy'), DEMO_STRATEGY.name, DEMO_STRATEGY.purpose, DEMO_STRATEGY.referencePrefix]);
  const context: TourContext = {
    calendar: new TourCalendar(options.today), strategyId, priorities: {}, bodies: {} as Record<BodyKind, string>, segments: {}, partners: {}, users: {}, names: {},
  };
  for (const [index, title] of DEMO_PRIORITIES.entries()) {
    context.priorities[String(index + 1)] = await insertPriority(db, [demoId(`priority:${index + 1}`), strategyId, index + 1, title]);
  }
  for (const body of DEMO_BODIES) context.bodies[body.kind] = await insertBody(db, [demoId(`body:${body.kind}`), strategyId, body.name, body.kind, body.remit]);
  for (const segment of DEMO_SEGMENTS) {
    context.segments[segment.name] = await insertSegment(db, [demoId(`segment:${segment.name}`), strategyId, segment.name, segment.share, segment.veryLow]);
  }
  for (const partner of DEMO_PARTNERS) context.partners[partner.name] = await insertPartner(db, [demoId(`partner:${partner.name}`), partner.name, partner.description]);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = options.level === 'full' ? [...DEMO_USERS, ...TOUR_PEOPLE] : DEMO_USERS;
  for (const user of people) {
    const isAdmin = 'isAdmin' in user && user.isAdmin === true;
    const id = await insertUser(db, [demoId(`user:${user.email}`), user.email, user.name, passwordHash, isAdmin, user.partner ? context.partners[user.partner] : null]);
    context.users[user.email] = id;
    context.names[user.email] = user.name;
    for (const kind of user.bodies) await insertMembership(db, id, context.bodies[kind]);
  }
  return context;
}

/** The minimal demo's three actions, with the fixed dates the tests know. */
function minimalActionRows(context: TourContext): DemoRows {
  const now = new Date().toISOString();
  const rows = { action: [], action_partner: [], action_segment: [] } as Required<Pick<DemoRows, 'action' | 'action_partner' | 'action_segment'>>;
  DEMO_ACTIONS.forEach((action, index) => {
    const reference = `${DEMO_STRATEGY.referencePrefix}-${String(index + 1).padStart(3, '0')}`;
    const id = demoId(`action:${reference}`);
    rows.action.push({
      id, strategy_id: context.strategyId, reference, title: action.title, description: action.description, priority_id: context.priorities[String(action.priority)],
      owner_id: context.users[action.owner], owning_body_id: context.bodies[action.body], start_date: action.startDate, due_date: action.dueDate,
      status: action.status, rag: action.rag, percent_complete: 0, last_update_at: null, cancelled_reason: null, version: 1, created_at: now, updated_at: now,
    });
    for (const name of action.partners) rows.action_partner.push({ action_id: id, partner_id: context.partners[name] });
    for (const name of action.segments) rows.action_segment.push({ action_id: id, segment_id: context.segments[name] });
  });
  return rows;
}
