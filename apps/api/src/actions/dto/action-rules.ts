import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { FreeText, Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { MeasureInputDto, MilestoneInputDto } from './plan-item.dto.js';

const uuid = (message: string) => IsUUID('all', { message });
const idList = (message: string) =>
  applyDecorators(
    IsArray({ message }),
    ArrayMaxSize(50),
    ArrayUnique({ message: '$property must not list the same one twice' }),
    IsUUID('all', { each: true, message }),
  );
const itemList = (type: () => new () => object) =>
  applyDecorators(IsArray({ message: '$property must be a list' }), ArrayMaxSize(100), ValidateNested({ each: true }), Type(type));

/** The checks on each field of an action, shared by create (required fields) and edit (every field optional). */
export const ActionRules = {
  title: () => Text(200, 'Enter a title for the action'),
  description: () => FreeText(5000),
  priorityId: () => uuid('Choose the priority the action serves'),
  ownerId: () => uuid('Choose the lead owner'),
  owningBodyId: () => uuid('Choose the governance body that owns the action'),
  partnerIds: () => idList('partnerIds must be a list of partner ids'),
  segmentIds: () => idList('segmentIds must be a list of population segment ids'),
  date: () => applyDecorators(IsOptional(), IsIsoDate()),
  milestones: () => itemList(() => MilestoneInputDto),
  measures: () => itemList(() => MeasureInputDto),
};
