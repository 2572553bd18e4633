import type { WeeklyEmailChoice } from '@steerline/contracts';
import { IsBoolean } from 'class-validator';

export class WeeklyEmailChoiceDto implements WeeklyEmailChoice {
  @IsBoolean({ message: 'weeklyDueEmail must be true or false' })
  weeklyDueEmail!: boolean;
}
