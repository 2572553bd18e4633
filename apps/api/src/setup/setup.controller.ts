import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, type SetupProgress } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { SetupService } from './setup.service.js';

@ApiTags('setup')
@Controller('setup')
export class SetupController {
  constructor(private readonly setup: SetupService) {}

  @ApiOperation({
    summary: 'The first-run checklist (administrators)',
    description: 'Strategy, priorities, bodies, segments, people besides administrators, actions: each with its count and whether it is done.',
  })
  @Require(Permission.AdminManage)
  @Get()
  progress(): Promise<SetupProgress> {
    return this.setup.progress();
  }
}
