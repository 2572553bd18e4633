import { Action } from './action.entity.js';

export const ACTION_ENTITIES = [Action];
