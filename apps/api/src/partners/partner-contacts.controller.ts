import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type PartnerContact } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreatePartnerContactDto } from './dto/create-partner-contact.dto.js';
import { UpdatePartnerContactDto } from './dto/update-partner-contact.dto.js';
import { PartnerContactsService } from './partner-contacts.service.js';

@ApiTags('partners')
@Controller('partners/:id/contacts')
export class PartnerContactsController {
  constructor(private readonly contacts: PartnerContactsService) {}

  @Require(Permission.PlanRead)
  @Get()
  list(@Param('id', ParseUUIDPipe) partnerId: string): Promise<PartnerContact[]> {
    return this.contacts.list(partnerId);
  }

  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) partnerId: string, @Body() dto: CreatePartnerContactDto): Promise<PartnerContact> {
    return this.contacts.create(user, partnerId, dto);
  }

  @Require(Permission.AdminManage)
  @Patch(':contactId')
  update(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseUUIDPipe) partnerId: string,
    @Param('contactId', ParseUUIDPipe) contactId: string,
    @Body() dto: UpdatePartnerContactDto,
  ): Promise<PartnerContact> {
    return this.contacts.update(user, partnerId, contactId, dto);
  }

  @Require(Permission.AdminManage)
  @Delete(':contactId')
  @HttpCode(204)
  remove(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseUUIDPipe) partnerId: string,
    @Param('contactId', ParseUUIDPipe) contactId: string,
  ): Promise<void> {
    return this.contacts.remove(user, partnerId, contactId);
  }
}
