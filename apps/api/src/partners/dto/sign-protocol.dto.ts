import { ApiProperty } from '@nestjs/swagger';
import type { SignProtocolRequest } from '@steerline/contracts';
import { IsISO8601, IsString, Matches, MaxLength, MinLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { Trimmed } from '../../common/validation/field-rules.js';

/** Today's date where the server runs, as `YYYY-MM-DD`. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

const NotInFuture = (options?: ValidationOptions) =>
  ValidateBy({ name: 'notInFuture', validator: { validate: (value) => typeof value === 'string' && value <= today() } }, options);

export class SignProtocolDto implements SignProtocolRequest {
  @ApiProperty({ example: 'Inline for online signposting protocol' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'Enter the name of the protocol' })
  @MaxLength(200, { message: 'The protocol name must be 200 characters or fewer' })
  protocolName!: string;

  @ApiProperty({ example: '1.0' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'Enter the version of the protocol that was signed' })
  @MaxLength(50, { message: 'The protocol version must be 50 characters or fewer' })
  protocolVersion!: string;

  @ApiProperty({ example: '2026-04-01', format: 'date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter the date it was signed, like 2026-04-01' })
  @IsISO8601({ strict: true }, { message: 'Enter a real date, like 2026-04-01' })
  @NotInFuture({ message: 'The date signed must be today or in the past' })
  signedOn!: string;

  @ApiProperty({ example: 'Jo Bloggs, Director' })
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'Enter who signed for the partner' })
  @MaxLength(200, { message: 'Who signed must be 200 characters or fewer' })
  signedBy!: string;
}
