import { Module } from '@nestjs/common';
import { ActionListModule } from '../actions/list/action-list.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [ActionListModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
