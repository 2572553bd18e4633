import { ApiProperty } from '@nestjs/swagger';
import type { AddAgendaItemRequest, CreateBoardMeetingRequest } from '@steerline/contracts';
import { IsUUID } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { EditedVersion, Text } from '../../common/validation/field-rules.js';

export class CreateBoardMeetingDto implements CreateBoardMeetingRequest {
  @ApiProperty({ example: '2026-12-10' })
  @IsIsoDate()
  meetingDate!: string;

  @ApiProperty({ example: 'Channel shift board, December' })
  @Text(200, 'Enter a title for the meeting')
  title!: string;
}

export class AddAgendaItemDto implements AddAgendaItemRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'escalationId must be the id of an escalation' })
  escalationId!: string;

  @EditedVersion('escalation')
  version!: number;
}
