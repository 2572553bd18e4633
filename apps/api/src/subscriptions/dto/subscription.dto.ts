import { DIGEST_FREQUENCIES, type DigestFrequency, type NewExternalSubscription, type NewReportSubscription } from '@steerline/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsUUID, MaxLength, ValidateIf } from 'class-validator';

export class NewSubscriptionDto implements NewReportSubscription {
  /** null: the whole Corporate Plan. */
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'strategyId must be a strategy, or null for the whole Corporate Plan' })
  strategyId!: string | null;

  @IsIn(DIGEST_FREQUENCIES, { message: 'frequency must be weekly or monthly' })
  frequency!: DigestFrequency;
}

export class NewExternalSubscriptionDto extends NewSubscriptionDto implements NewExternalSubscription {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address, like councillors@council.gov.uk' })
  email!: string;
}
