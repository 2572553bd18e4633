import { Action } from './action.entity.js';
import { Measure } from './measure.entity.js';
import { Milestone } from './milestone.entity.js';
import { ProgressUpdate } from './progress-update.entity.js';

export const ACTION_ENTITIES = [Action, Milestone, Measure, ProgressUpdate];
