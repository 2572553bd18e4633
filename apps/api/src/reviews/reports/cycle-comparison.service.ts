import { Injectable } from '@nestjs/common';
import type { CycleComparison } from '@steerline/contracts';
import { ValidationFailedError } from '../../common/errors/domain-error.js';
import { compareReports } from './cycle-comparison.js';
import { ReportSource } from './report-source.service.js';

/** Compares any two cycles, each read the way its report is (snapshot when signed off, live otherwise). */
@Injectable()
export class CycleComparisonService {
  constructor(private readonly source: ReportSource) {}

  async compare(fromId: string, toId: string): Promise<CycleComparison> {
    if (fromId.toLowerCase() === toId.toLowerCase()) {
      throw new ValidationFailedError([{ field: 'to', messages: ['Choose two different review cycles to compare.'] }]);
    }
    const from = await this.source.get(fromId);
    const to = await this.source.get(toId);
    return compareReports(from, to);
  }
}
