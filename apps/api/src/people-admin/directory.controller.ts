import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type PersonRef } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { DirectoryService } from './directory.service.js';

@ApiTags('people')
@Controller('people')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  /** Active people, for owner pickers. */
  @Require(Permission.PlanRead)
  @Get()
  people(): Promise<PersonRef[]> {
    return this.directory.people();
  }
}
