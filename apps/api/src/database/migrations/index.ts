import { Foundation1764270000000 } from './1764270000000-Foundation.js';
import { ActionPlan1764280000000 } from './1764280000000-ActionPlan.js';
import { SegmentAndContactVersions1764292000000 } from './1764292000000-SegmentAndContactVersions.js';
import { Escalations1764293000000 } from './1764293000000-Escalations.js';
import { ReviewCycles1764295000000 } from './1764295000000-ReviewCycles.js';
import { ListIndexes1764300000000 } from './1764300000000-ListIndexes.js';
import { PriorityRagCounts1764310000000 } from './1764310000000-PriorityRagCounts.js';
import { DataVersion1764320000000 } from './1764320000000-DataVersion.js';
import { ExportRequests1764330000000 } from './1764330000000-ExportRequests.js';
import { AccountTokens1764340000000 } from './1764340000000-AccountTokens.js';
import { StrategySetUp1764350000000 } from './1764350000000-StrategySetUp.js';
import { CouncilSignIn1764370000000 } from './1764370000000-CouncilSignIn.js';
import { Attachments1764380000000 } from './1764380000000-Attachments.js';
import { ActionDependencies1764390000000 } from './1764390000000-ActionDependencies.js';
import { DependencyNotices1764395000000 } from './1764395000000-DependencyNotices.js';
import { AttachmentScans1764410000000 } from './1764410000000-AttachmentScans.js';
import { WeeklyDue1764420000000 } from './1764420000000-WeeklyDue.js';
import { ReportSubscriptions1764430000000 } from './1764430000000-ReportSubscriptions.js';

/** Every migration, oldest first. The bundle cannot glob, so each one is listed here. */
export const MIGRATIONS = [Foundation1764270000000, ActionPlan1764280000000, SegmentAndContactVersions1764292000000, Escalations1764293000000, ReviewCycles1764295000000, ListIndexes1764300000000, PriorityRagCounts1764310000000, DataVersion1764320000000, ExportRequests1764330000000, AccountTokens1764340000000, StrategySetUp1764350000000, CouncilSignIn1764370000000, Attachments1764380000000, ActionDependencies1764390000000, DependencyNotices1764395000000, AttachmentScans1764410000000, WeeklyDue1764420000000, ReportSubscriptions1764430000000];
