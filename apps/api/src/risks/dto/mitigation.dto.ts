import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateMitigationRequest, MitigationInput, UpdateMitigationRequest } from '@steerline/contracts';
import { IsBoolean, IsUUID } from 'class-validator';
import { EditedVersion, IfPresent, Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

const DESCRIBE = 'Say what the mitigation is';
const OWNER = 'Choose who owns the mitigation';
const DATE = 'Enter the date the mitigation is due as a real date, like 2027-03-31';

export class MitigationInputDto implements MitigationInput {
  @ApiProperty({ example: 'Agree a second venue with the library service' })
  @Text(2000, DESCRIBE)
  description!: string;

  @ApiProperty({ format: 'uuid', description: 'An active user' })
  @IsUUID('all', { message: OWNER })
  ownerId!: string;

  @ApiProperty({ example: '2027-01-31' })
  @IsIsoDate({ message: DATE })
  dueDate!: string;
}

export class AddMitigationDto extends MitigationInputDto implements CreateMitigationRequest {
  @EditedVersion('risk')
  version!: number;
}

export class UpdateMitigationDto implements UpdateMitigationRequest {
  @EditedVersion('mitigation')
  version!: number;

  @ApiPropertyOptional()
  @IfPresent()
  @Text(2000, DESCRIBE)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @IsUUID('all', { message: OWNER })
  ownerId?: string;

  @ApiPropertyOptional({ example: '2027-01-31' })
  @IfPresent()
  @IsIsoDate({ message: DATE })
  dueDate?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean({ message: 'Say whether the mitigation is done (true or false)' })
  done?: boolean;
}
