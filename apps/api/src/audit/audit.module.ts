import { Global, Module } from '@nestjs/common';
import { AuditTrailController } from './audit-trail.controller.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ controllers: [AuditTrailController], providers: [AuditService, AuditTrailService], exports: [AuditService] })
export class AuditModule {}
