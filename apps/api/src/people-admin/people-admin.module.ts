import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { StrategyModule } from '../strategy/strategy.module.js';
import { AdminUsersController } from './admin-users.controller.js';
import { AdminUsersService } from './admin-users.service.js';
import { DirectoryController } from './directory.controller.js';
import { DirectoryService } from './directory.service.js';
import { UserActivationService } from './user-activation.service.js';

@Module({
  imports: [StrategyModule, AccountsModule, AuthModule],
  controllers: [AdminUsersController, DirectoryController],
  providers: [AdminUsersService, UserActivationService, DirectoryService],
})
export class PeopleAdminModule {}
