import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin-users.controller.js';
import { AdminUsersService } from './admin-users.service.js';
import { DirectoryController } from './directory.controller.js';
import { DirectoryService } from './directory.service.js';
import { UserActivationService } from './user-activation.service.js';

@Module({
  controllers: [AdminUsersController, DirectoryController],
  providers: [AdminUsersService, UserActivationService, DirectoryService],
})
export class PeopleAdminModule {}
