import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, IMPORT_MAX_FILE_BYTES, IMPORT_MAX_ROWS } from '@steerline/contracts';
import { DomainError } from '../../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { errorOfProblem, FileProblemError, FileTooLargeError, UnreadableFileError } from './file-errors.js';
import type { ReadLimits } from './read-limits.js';
import type { UploadedSpreadsheet } from './read-spreadsheet.js';
import type { SheetTable } from './sheet.js';
import type { WorkerAnswer, WorkerInput } from './spreadsheet-worker.js';

const MEGABYTE = 1024 * 1024;
const RETRY_AFTER_SECONDS = 5;

/**
 * Reads each upload in a worker thread of its own, with a heap ceiling and a wall-clock limit: a file that defeats
 * every limit the reader counts still only ends its own thread, and costs its sender one 4xx answer.
 */
@Injectable()
export class SpreadsheetReader {
  private readonly limits: ReadLimits;
  private reading = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limits = {
      fileBytes: IMPORT_MAX_FILE_BYTES,
      rows: IMPORT_MAX_ROWS,
      unpackedBytes: config.IMPORT_MAX_UNPACKED_MB * MEGABYTE,
      zipEntries: config.IMPORT_MAX_ZIP_ENTRIES,
      columns: config.IMPORT_MAX_COLUMNS,
      cellCharacters: config.IMPORT_MAX_CELL_CHARACTERS,
      sharedStrings: config.IMPORT_MAX_SHARED_STRINGS,
      xmlDepth: config.IMPORT_MAX_XML_DEPTH,
    };
  }

  async read(file: UploadedSpreadsheet | undefined): Promise<SheetTable> {
    if (!file) throw new FileProblemError('Choose a file to upload: an Excel workbook (.xlsx) or a CSV file (.csv).');
    if (this.reading >= this.config.IMPORT_READS_AT_ONCE) {
      throw new DomainError(ErrorCode.TooManyAttempts, `Other files are being read right now. Try again in ${RETRY_AFTER_SECONDS} seconds.`, {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    this.reading++;
    try {
      return await this.readInWorker(file);
    } finally {
      this.reading--;
    }
  }

  private readInWorker(file: UploadedSpreadsheet): Promise<SheetTable> {
    const input: WorkerInput = { name: file.originalname, content: file.buffer, limits: this.limits };
    const worker = startWorker(input, this.config.IMPORT_READ_MEMORY_MB);
    const seconds = this.config.IMPORT_READ_SECONDS;
    return new Promise<SheetTable>((resolve, reject) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(
        () => settle(() => reject(new UnreadableFileError([`The file took longer than ${seconds} seconds to read. Save a smaller file with only the actions.`], 'seconds', seconds))),
        seconds * 1000,
      );
      worker.once('message', (answer: WorkerAnswer) => settle(() => ('table' in answer ? resolve(withLocalDates(answer.table)) : reject(errorOfProblem(answer.problem)))));
      worker.once('error', (error: NodeJS.ErrnoException) =>
        settle(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new FileTooLargeError(['The file needs more memory to read than an action plan ever does. Save only the actions sheet as a new file.'], 'memory', this.config.IMPORT_READ_MEMORY_MB)
              : error,
          ),
        ),
      );
      worker.once('exit', (code) => settle(() => reject(new Error(`The spreadsheet reader stopped (exit code ${code}) without an answer`))));
    });
  }
}

/**
 * Dates arrive from the thread as Dates of this realm, except under jest, whose test realm has a Date of its own; made
 * again here, `instanceof Date` holds wherever the table is read.
 */
function withLocalDates(table: SheetTable): SheetTable {
  const isDate = (cell: unknown): cell is Date => Object.prototype.toString.call(cell) === '[object Date]';
  for (const row of table.rows) row.cells = row.cells.map((cell) => (isDate(cell) ? new Date(cell.getTime()) : cell));
  return table;
}

/** Built, the worker is dist/apps/api/spreadsheet-worker.js beside this bundle; from source (tests), tsx compiles it. */
function startWorker(workerData: WorkerInput, memoryMb: number): Worker {
  const here = fileURLToPath(import.meta.url);
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 };
  if (!here.endsWith('.ts')) return new Worker(pathToFileURL(join(dirname(here), 'spreadsheet-worker.js')), { workerData, resourceLimits });
  const source = pathToFileURL(join(dirname(here), 'spreadsheet-worker.ts')).href;
  const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
