import { Partner } from './partner.entity.js';

export const PARTNER_ENTITIES = [Partner];
