import { ApiProperty } from '@nestjs/swagger';
import { type CreateEscalationRequest, ESCALATION_URGENCIES, type EscalationUrgency } from '@steerline/contracts';
import { IsIn } from 'class-validator';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';
import { Text } from '../../common/validation/field-rules.js';

export class CreateEscalationDto implements CreateEscalationRequest {
  @ApiProperty({ example: 'The Forum cannot host drop-ins from January.' })
  @Text(5000, 'Say what is wrong')
  problem!: string;

  @ApiProperty({ example: 'Get online Tuesdays stop until a new venue is found.' })
  @Text(5000, 'Say what the impact is')
  impact!: string;

  @ApiProperty({ example: 'Agree funding to move the drop-ins to the Millennium Library.' })
  @Text(5000, 'Say what decision is asked of the board')
  decisionSought!: string;

  @ApiProperty({ enum: ESCALATION_URGENCIES })
  @IsIn(ESCALATION_URGENCIES, { message: `urgency must be one of ${ESCALATION_URGENCIES.join(', ')}` })
  urgency!: EscalationUrgency;

  @ApiProperty({ example: '2026-12-31', description: 'The date a decision is needed by' })
  @IsIsoDate()
  neededBy!: string;
}
