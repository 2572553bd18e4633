import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { WeeklyEmailChoice } from '@steerline/contracts';
import { SignedIn } from '../../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../../common/auth/current-user.js';
import { WeeklyDueService } from './weekly-due.service.js';
import { WeeklyEmailChoiceDto } from './weekly-email-choice.dto.js';

/** Each person's own choice of the weekly "what is due" e-mail. */
@ApiTags('account')
@Controller('account/weekly-email')
export class WeeklyDueController {
  constructor(private readonly weeklyDue: WeeklyDueService) {}

  @SignedIn()
  @Get()
  choice(@SignedInUser() user: CurrentUser): Promise<WeeklyEmailChoice> {
    return this.weeklyDue.choiceOf(user);
  }

  @SignedIn()
  @Put()
  choose(@SignedInUser() user: CurrentUser, @Body() dto: WeeklyEmailChoiceDto): Promise<WeeklyEmailChoice> {
    return this.weeklyDue.choose(user, dto.weeklyDueEmail);
  }
}
