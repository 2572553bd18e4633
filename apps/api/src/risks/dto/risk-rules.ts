import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { RISK_RATINGS, RISK_SCORES, RISK_STATUSES } from '@steerline/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

const idList = (message: string) =>
  applyDecorators(
    IsArray({ message }),
    ArrayMaxSize(50),
    ArrayUnique({ message: '$property must not list the same one twice' }),
    IsUUID('all', { each: true, message }),
  );

/** One rule, so a missing or wrong rating gets one message rather than three. */
const rating = (what: 'likelihood' | 'impact') => IsIn(RISK_RATINGS, { message: `Choose the ${what}, from 1 to 5` });

/** The checks on each field of a risk, shared by create (required fields) and edit (every field optional). */
export const RiskRules = {
  title: () => Text(200, 'Enter a title for the risk'),
  cause: () => Text(5000, 'Say what could cause the risk'),
  effect: () => Text(5000, 'Say what the effect would be'),
  ownerId: () => IsUUID('all', { message: 'Choose the risk owner' }),
  likelihood: () => rating('likelihood'),
  impact: () => rating('impact'),
  targetScore: () => IsIn(RISK_SCORES, { message: `The target score must be one a likelihood and an impact of 1 to 5 can make: ${RISK_SCORES.join(', ')}` }),
  reviewDate: () => IsIsoDate({ message: 'Enter the review date as a real date, like 2027-03-31' }),
  status: () => IsIn(RISK_STATUSES, { message: `Choose a status: ${RISK_STATUSES.join(', ')}` }),
  actionIds: () => idList('actionIds must be a list of action ids'),
  priorityIds: () => idList('priorityIds must be a list of priority ids'),
  items: (type: () => new () => object) =>
    applyDecorators(IsArray({ message: '$property must be a list' }), ArrayMaxSize(50), ValidateNested({ each: true }), Type(type)),
};
