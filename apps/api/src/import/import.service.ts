import { Injectable } from '@nestjs/common';
import { ErrorCode, IMPORT_PREVIEW_ROWS, type ImportDryRunResponse, type ImportResponse } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ActionsService } from '../actions/actions.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError } from '../common/errors/domain-error.js';
import { createImported } from './create-imported.js';
import { type ImportRow, toImportRows } from './reading/header-columns.js';
import { SpreadsheetReader } from './reading/read-in-worker.js';
import type { UploadedSpreadsheet } from './reading/read-spreadsheet.js';
import { loadLookups } from './validation/lookups.js';
import { keysOfFile, validateRows } from './validation/validate-rows.js';
import { StrategyService } from '../strategy/strategy.service.js';

/** Imports an action plan from a spreadsheet: all rows or none. */
@Injectable()
export class ImportService {
  constructor(
    private readonly db: DataSource,
    private readonly actions: ActionsService,
    private readonly audit: AuditService,
    private readonly reader: SpreadsheetReader,
    private readonly strategy: StrategyService,
  ) {}

  /** Every problem of the file and the first rows as they would be created; writes nothing. */
  async dryRun(file: UploadedSpreadsheet | undefined): Promise<ImportDryRunResponse> {
    const rows = toImportRows(await this.reader.read(file));
    const { problems, candidates } = await this.check(this.db.manager, rows, await this.strategy.currentStrategyId());
    return { valid: problems.length === 0, rows: rows.length, problems, preview: candidates.slice(0, IMPORT_PREVIEW_ROWS).map((row) => row.preview) };
  }

  /** Checks the file again and creates every action in one transaction, or none if any row has a problem. */
  async import(user: CurrentUser, file: UploadedSpreadsheet | undefined): Promise<ImportResponse> {
    const rows = toImportRows(await this.reader.read(file));
    const created = await this.db.transaction(async (manager) => {
      // Creating an action locks its strategy (for the next reference); holding it from the checks on keeps them true until commit.
      const strategyId = await this.strategy.lockCurrentStrategy(manager);
      const { problems, candidates } = await this.check(manager, rows, strategyId);
      if (problems.length > 0) {
        const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
        throw new DomainError(ErrorCode.ValidationFailed, `The file has ${count}, so nothing was imported. Fix the file and upload it again.`, problems);
      }
      return createImported(manager, { actions: this.actions, audit: this.audit }, user.id, candidates);
    });
    return { created };
  }

  private async check(manager: EntityManager, rows: ImportRow[], strategyId: string | null) {
    return validateRows(rows, await loadLookups(manager, strategyId, keysOfFile(rows)));
  }
}
