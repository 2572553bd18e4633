import { ApiProperty } from '@nestjs/swagger';
import type { CancelActionRequest } from '@steerline/contracts';
import { IsInt, Min } from 'class-validator';
import { Text } from '../../common/validation/field-rules.js';

export class CancelActionDto implements CancelActionRequest {
  @ApiProperty({ description: 'The version the cancellation was based on' })
  @IsInt({ message: 'version must be the version of the action you cancelled' })
  @Min(1)
  version!: number;

  @ApiProperty({ example: 'Replaced by the new library outreach programme' })
  @Text(2000, 'Say why the action is cancelled')
  reason!: string;
}
