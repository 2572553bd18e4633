import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateStrategyRequest, UpdateStrategyRequest } from '@steerline/contracts';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { BlankAsNull, EditedVersion, IfPresent, Text, Trimmed } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

const TITLE = "Enter the strategy's title";
const PREFIX = 'Enter a reference prefix of 1 to 6 capital letters, such as DI';
const VISION = "Enter the strategy's vision";
const DATE = (which: string) => `The ${which} date must be a real date, such as 2026-04-01`;
const BODY = 'Choose the governance body that owns the strategy';

export class CreateStrategyDto implements CreateStrategyRequest {
  @ApiProperty({ example: 'Digital inclusion strategy', maxLength: 200 })
  @Trimmed()
  @Text(200, TITLE)
  title!: string;

  @ApiProperty({ example: 'DI', description: 'Starts every action reference (DI-001)', pattern: '^[A-Z]{1,6}$' })
  @Trimmed()
  @Matches(/^[A-Z]{1,6}$/, { message: PREFIX })
  referencePrefix!: string;

  @ApiPropertyOptional({ example: '2026-04-01', nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsIsoDate({ message: DATE('start') })
  periodStart?: string | null;

  @ApiPropertyOptional({ example: '2029-03-31', nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsIsoDate({ message: DATE('end') })
  periodEnd?: string | null;

  @ApiProperty({ example: 'To support all our customers and citizens to access and use the internet.', maxLength: 2000 })
  @Trimmed()
  @Text(2000, VISION)
  vision!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsUUID('all', { message: BODY })
  owningBodyId?: string | null;
}

export class UpdateStrategyDto implements UpdateStrategyRequest {
  @EditedVersion('strategy')
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @Trimmed()
  @Text(200, TITLE)
  title?: string;

  @ApiPropertyOptional({ pattern: '^[A-Z]{1,6}$' })
  @IfPresent()
  @Trimmed()
  @Matches(/^[A-Z]{1,6}$/, { message: PREFIX })
  referencePrefix?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsIsoDate({ message: DATE('start') })
  periodStart?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsIsoDate({ message: DATE('end') })
  periodEnd?: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IfPresent()
  @Trimmed()
  @Text(2000, VISION)
  vision?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsUUID('all', { message: BODY })
  owningBodyId?: string | null;
}
