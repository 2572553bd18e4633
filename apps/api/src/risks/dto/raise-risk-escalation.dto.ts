import { ApiProperty } from '@nestjs/swagger';
import { ESCALATION_URGENCIES, type EscalationUrgency, type RaiseRiskEscalationRequest } from '@steerline/contracts';
import { IsIn, IsUUID } from 'class-validator';
import { Text } from '../../common/validation/field-rules.js';
import { IsIsoDate } from '../../common/validation/is-iso-date.js';

/** An escalation raised from a risk: the board decides about actions, so it names one of the actions the risk is linked to. */
export class RaiseRiskEscalationDto implements RaiseRiskEscalationRequest {
  @ApiProperty({ format: 'uuid', description: 'One of the actions the risk is linked to' })
  @IsUUID('all', { message: 'Choose the linked action the escalation is about' })
  actionId!: string;

  @ApiProperty({ example: 'The Forum will stop hosting drop-ins in January.' })
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
