import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type AdminUser, type InvitedUser } from '@steerline/contracts';
import { TwoFactorService } from '../auth/two-factor/two-factor.service.js';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { AdminUsersService } from './admin-users.service.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserActivationService } from './user-activation.service.js';

@ApiTags('people')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly activation: UserActivationService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Require(Permission.AdminManage)
  @Get()
  list(): Promise<AdminUser[]> {
    return this.users.list();
  }

  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() actor: CurrentUser, @Body() dto: CreateUserDto): Promise<InvitedUser> {
    return this.users.create(actor, dto);
  }

  /** Only for someone invited who has not set a password yet (409 otherwise); the earlier link stops working. */
  @Require(Permission.AdminManage)
  @Post(':id/invitation')
  @HttpCode(200)
  resendInvitation(@SignedInUser() actor: CurrentUser, @Param('id', ParseUUIDPipe) id: string): Promise<InvitedUser> {
    return this.users.resendInvitation(actor, id);
  }

  @Require(Permission.AdminManage)
  @Patch(':id')
  update(@SignedInUser() actor: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto): Promise<AdminUser> {
    return this.users.update(actor, id, dto);
  }

  /** Ends every session of the person at once; they cannot sign in until reactivated. */
  @Require(Permission.AdminManage)
  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@SignedInUser() actor: CurrentUser, @Param('id', ParseUUIDPipe) id: string): Promise<AdminUser> {
    return this.activation.deactivate(actor, id);
  }

  @Require(Permission.AdminManage)
  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(@SignedInUser() actor: CurrentUser, @Param('id', ParseUUIDPipe) id: string): Promise<AdminUser> {
    return this.activation.reactivate(actor, id);
  }

  /** For someone who lost their authenticator app and recovery codes: they sign in with their password alone, or enrol again. */
  @Require(Permission.AdminManage)
  @Delete(':id/two-factor')
  @HttpCode(204)
  async resetTwoFactor(@SignedInUser() actor: CurrentUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.twoFactor.reset(actor, id);
  }
}
