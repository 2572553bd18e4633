import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditTrailQuery } from '@steerline/contracts';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageNumber, PageSize } from '../common/validation/paging.js';

const NAME = /^[a-z][a-z_]{0,49}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AuditTrailQueryDto implements AuditTrailQuery {
  @ApiPropertyOptional({ example: 'partner' })
  @IsOptional()
  @Matches(NAME, { message: 'entityType must be a record type such as partner or user' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The user who made the change' })
  @IsOptional()
  @IsUUID('all', { message: 'actor must be the id of a person' })
  actor?: string;

  @ApiPropertyOptional({ example: 'edit' })
  @IsOptional()
  @Matches(NAME, { message: 'operation must be an operation such as create, edit or deactivate' })
  operation?: string;

  @ApiPropertyOptional({ format: 'date', description: 'From this day (UTC), inclusive' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date like 2026-04-01' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Up to the end of this day (UTC), inclusive' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date like 2026-09-30' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date' })
  to?: string;

  @IsOptional()
  @PageNumber()
  page: number = 1;

  @IsOptional()
  @PageSize(25, 100)
  pageSize: number = 25;
}
