import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { templateCsv, templateXlsx } from './import-template.js';
import { acceptedValues } from './template-values.js';

@Injectable()
export class ImportTemplateService {
  constructor(private readonly db: DataSource) {}

  async xlsx(): Promise<Buffer> {
    return templateXlsx(await acceptedValues(this.db.manager));
  }

  csv(): string {
    return templateCsv();
  }
}
