import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type PartnerDetail, type PartnerProtocol, type PartnerSummary } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreatePartnerDto } from './dto/create-partner.dto.js';
import { SignProtocolDto } from './dto/sign-protocol.dto.js';
import { UpdatePartnerDto } from './dto/update-partner.dto.js';
import { PartnerProtocolsService } from './partner-protocols.service.js';
import { PartnersService } from './partners.service.js';

@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(
    private readonly partners: PartnersService,
    private readonly protocols: PartnerProtocolsService,
  ) {}

  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<PartnerSummary[]> {
    return this.partners.list();
  }

  @Require(Permission.PlanRead)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PartnerDetail> {
    return this.partners.get(id);
  }

  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() dto: CreatePartnerDto): Promise<PartnerDetail> {
    return this.partners.create(user, dto);
  }

  @Require(Permission.AdminManage)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePartnerDto): Promise<PartnerDetail> {
    return this.partners.update(user, id, dto);
  }

  @Require(Permission.PlanRead)
  @Get(':id/protocols')
  listProtocols(@Param('id', ParseUUIDPipe) id: string): Promise<PartnerProtocol[]> {
    return this.protocols.list(id);
  }

  @Require(Permission.AdminManage)
  @Post(':id/protocols')
  signProtocol(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SignProtocolDto): Promise<PartnerProtocol> {
    return this.protocols.sign(user, id, dto);
  }
}
