import { ACTION_ENTITIES } from '../actions/action-entities.js';
import { PARTNER_ENTITIES } from '../partners/partner-entities.js';
import { User } from '../people/user.entity.js';
import { Body } from '../strategy/body.entity.js';
import { PopulationSegment } from '../strategy/population-segment.entity.js';
import { Priority } from '../strategy/priority.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';

/** Every entity, so relations resolve even before the feature that owns the far side is loaded. */
export const ENTITIES = [Strategy, Priority, Body, PopulationSegment, User, ...PARTNER_ENTITIES, ...ACTION_ENTITIES];
