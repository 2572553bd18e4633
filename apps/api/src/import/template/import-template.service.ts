import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { templateCsv, templateXlsx } from './import-template.js';
import { StrategyService } from '../../strategy/strategy.service.js';
import { acceptedValues } from './template-values.js';

@Injectable()
export class ImportTemplateService {
  constructor(
    private readonly db: DataSource,
    private readonly strategy: StrategyService,
  ) {}

  async xlsx(): Promise<Buffer> {
    return templateXlsx(await acceptedValues(this.db.manager, await this.strategy.currentStrategyId()));
  }

  csv(): string {
    return templateCsv();
  }
}
