import { Module } from '@nestjs/common';
import { SetupController } from './setup.controller.js';
import { SetupService } from './setup.service.js';

/** GET /setup: what is done and what is left of setting Steerline up from an empty database. */
@Module({ controllers: [SetupController], providers: [SetupService] })
export class SetupModule {}
