import { Controller, Get, HttpCode, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IMPORT_FILE_FIELD, IMPORT_MAX_FILE_BYTES, Permission, type ImportDryRunResponse, type ImportResponse } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { ImportService } from './import.service.js';
import type { UploadedSpreadsheet } from './reading/read-spreadsheet.js';
import { ImportTemplateService } from './template/import-template.service.js';
import { UploadErrorsInterceptor } from './upload-errors.interceptor.js';

/**
 * The file comes as multipart/form-data, kept in memory by multer up to the import's own limit; the JSON body
 * limit of every other route is untouched, because multipart bodies never reach the JSON parser.
 */
const ReceiveSpreadsheet = () =>
  UseInterceptors(
    UploadErrorsInterceptor,
    FileInterceptor(IMPORT_FILE_FIELD, { limits: { fileSize: IMPORT_MAX_FILE_BYTES, files: 1, fields: 10 }, defParamCharset: 'utf8' }),
  );
const FILE_BODY = { schema: { type: 'object', properties: { [IMPORT_FILE_FIELD]: { type: 'string', format: 'binary' } }, required: [IMPORT_FILE_FIELD] } };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (content: Buffer, type: string, filename: string) =>
  new StreamableFile(content, { type, disposition: `attachment; filename="${filename}"`, length: content.length });

@ApiTags('import')
@Controller('import')
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly templates: ImportTemplateService,
  ) {}

  /** The template workbook: the columns, an example row and a Guidance sheet. */
  @Require(Permission.PlanRead, Permission.AdminManage)
  @Get('template.xlsx')
  @ApiProduces(XLSX_TYPE)
  async templateXlsx(): Promise<StreamableFile> {
    return download(await this.templates.xlsx(), XLSX_TYPE, 'steerline-import-template.xlsx');
  }

  /** The template as CSV: the header row and an example row. */
  @Require(Permission.PlanRead, Permission.AdminManage)
  @Get('template.csv')
  @ApiProduces('text/csv')
  templateCsv(): StreamableFile {
    return download(Buffer.from(this.templates.csv(), 'utf8'), 'text/csv; charset=utf-8', 'steerline-import-template.csv');
  }

  /** Checks an action plan file (.xlsx or .csv) row by row and shows the first rows as they would be created. Writes nothing. */
  @Require(Permission.AdminManage)
  @Post('dry-run')
  @HttpCode(200)
  @ReceiveSpreadsheet()
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  dryRun(@UploadedFile() file: UploadedSpreadsheet | undefined): Promise<ImportDryRunResponse> {
    return this.imports.dryRun(file);
  }

  /** Creates every action of the file in one transaction; if any row has a problem, 400 with them all and nothing written. */
  @Require(Permission.AdminManage)
  @Post()
  @ReceiveSpreadsheet()
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  import(@SignedInUser() user: CurrentUser, @UploadedFile() file: UploadedSpreadsheet | undefined): Promise<ImportResponse> {
    return this.imports.import(user, file);
  }
}
