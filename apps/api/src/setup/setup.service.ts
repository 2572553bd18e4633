import { Injectable } from '@nestjs/common';
import { SetupStepKey, type SetupProgress, type SetupStep } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { selectSetupCounts, type SetupCounts } from './setup.queries.js';

const STEP_COUNTS: Record<SetupStepKey, keyof SetupCounts> = {
  strategy: 'strategies',
  priorities: 'priorities',
  bodies: 'bodies',
  segments: 'segments',
  people: 'people',
  actions: 'actions',
};

/** The first-run checklist: each step is done once there is at least one of its records. */
@Injectable()
export class SetupService {
  constructor(private readonly db: DataSource) {}

  async progress(): Promise<SetupProgress> {
    const counts = await selectSetupCounts(this.db.manager);
    const steps: SetupStep[] = Object.values(SetupStepKey).map((key) => {
      const count = counts[STEP_COUNTS[key]];
      return { key, count, done: count > 0 };
    });
    return { steps, complete: steps.every((step) => step.done) };
  }
}
