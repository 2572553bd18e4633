import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type BodySummary, type PersonRef } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { DirectoryService } from './directory.service.js';

@ApiTags('people')
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  /** Active people, for owner pickers. */
  @Require(Permission.PlanRead)
  @Get('people')
  people(): Promise<PersonRef[]> {
    return this.directory.people();
  }

  @Require(Permission.PlanRead)
  @Get('bodies')
  bodies(): Promise<BodySummary[]> {
    return this.directory.bodies();
  }
}
