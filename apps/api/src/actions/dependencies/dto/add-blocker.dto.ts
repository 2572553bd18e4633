import { ApiProperty } from '@nestjs/swagger';
import type { AddBlockerRequest } from '@steerline/contracts';
import { IsUUID } from 'class-validator';

export class AddBlockerDto implements AddBlockerRequest {
  @ApiProperty({ description: 'The action this one waits on (any strategy)', format: 'uuid' })
  @IsUUID('all', { message: 'Choose the action this one is blocked by' })
  blockerId!: string;
}
