import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BODY_KINDS, type BodyKind, type CreateBodyRequest, type UpdateBodyRequest } from '@steerline/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { BlankAsNull, EditedVersion, FreeText, IfPresent, Text, Trimmed } from '../../common/validation/field-rules.js';

const NAME = "Enter the body's name";
const KIND = 'Choose what kind of body it is: leadership team, board, working group or partnership group';
const REPORTS_TO = 'Choose the body it reports to, or none';

export class CreateBodyDto implements CreateBodyRequest {
  @ApiProperty({ example: 'Channel shift board', maxLength: 200 })
  @Trimmed()
  @Text(200, NAME)
  name!: string;

  @ApiProperty({ enum: BODY_KINDS, description: 'Decides the rights its members have' })
  @IsIn(BODY_KINDS, { message: KIND })
  kind!: BodyKind;

  @ApiPropertyOptional({ default: '', maxLength: 4000 })
  @IsOptional()
  @Trimmed()
  @FreeText(4000)
  remit?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsUUID('all', { message: REPORTS_TO })
  reportsToId?: string | null;
}

export class UpdateBodyDto implements UpdateBodyRequest {
  @EditedVersion('body')
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @Trimmed()
  @Text(200, NAME)
  name?: string;

  @ApiPropertyOptional({ enum: BODY_KINDS })
  @IfPresent()
  @IsIn(BODY_KINDS, { message: KIND })
  kind?: BodyKind;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IfPresent()
  @Trimmed()
  @FreeText(4000)
  remit?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @BlankAsNull()
  @IsUUID('all', { message: REPORTS_TO })
  reportsToId?: string | null;
}
