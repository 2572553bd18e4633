import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_LIST_DEFAULT_PAGE_SIZE, ACTION_LIST_MAX_PAGE_SIZE, type ActionListQuery } from '@steerline/contracts';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ActionFiltersQuery } from './action-filters.query.js';

export class ListActionsQuery extends ActionFiltersQuery implements ActionListQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: ACTION_LIST_MAX_PAGE_SIZE, default: ACTION_LIST_DEFAULT_PAGE_SIZE })
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  @Max(ACTION_LIST_MAX_PAGE_SIZE)
  pageSize = ACTION_LIST_DEFAULT_PAGE_SIZE;
}
