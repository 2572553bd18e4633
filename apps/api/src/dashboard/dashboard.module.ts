import { Module } from '@nestjs/common';
import { ActionListModule } from '../actions/list/action-list.module.js';
import { RisksModule } from '../risks/risks.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [ActionListModule, RisksModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
