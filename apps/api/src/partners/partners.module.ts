import { Module } from '@nestjs/common';
import { PartnerContactsController } from './partner-contacts.controller.js';
import { PartnerContactsService } from './partner-contacts.service.js';
import { PartnerProtocolsService } from './partner-protocols.service.js';
import { PartnersController } from './partners.controller.js';
import { PartnersService } from './partners.service.js';

@Module({
  controllers: [PartnersController, PartnerContactsController],
  providers: [PartnersService, PartnerContactsService, PartnerProtocolsService],
})
export class PartnersModule {}
