import { parentPort, workerData } from 'node:worker_threads';
import { FileProblem, type FileProblemData } from './file-problem.js';
import type { ReadLimits } from './read-limits.js';
import { readSpreadsheet, type UploadedSpreadsheet } from './read-spreadsheet.js';
import type { SheetTable } from './sheet.js';

/** What the reading thread sends back: the table, or what is wrong with the file. */
export type WorkerAnswer = { table: SheetTable } | { problem: FileProblemData };

export interface WorkerInput {
  name: string;
  content: Uint8Array;
  limits: ReadLimits;
}

// A thread of its own, started per upload with a memory ceiling (see read-in-worker.ts): whatever the file does to
// this thread, the API's event loop and heap are untouched.
const { name, content, limits } = workerData as WorkerInput;
const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
const file: UploadedSpreadsheet = { originalname: name, size: buffer.length, buffer };

readSpreadsheet(file, limits).then(
  (table) => parentPort?.postMessage({ table } satisfies WorkerAnswer),
  (error: unknown) => {
    if (!(error instanceof FileProblem)) throw error;
    parentPort?.postMessage({ problem: error.data } satisfies WorkerAnswer);
  },
);
