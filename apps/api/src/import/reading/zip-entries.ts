import { createInflateRaw } from 'node:zlib';
import { FileProblem, fileTooLarge, unreadableFile } from './file-problem.js';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const DAMAGED = 'The workbook is damaged (its zip structure is broken or cut short). Save it again as an Excel workbook (.xlsx) or as CSV, and upload that.';

export interface ZipEntry {
  name: string;
  method: number;
  compressedBytes: number;
  localHeaderAt: number;
}

/** The entries listed in a zip's central directory. Their sizes are claims: unpackEntries counts for itself. */
export function listZipEntries(zip: Buffer, maxEntries: number): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) throw unreadableFile(DAMAGED);
  const count = zip.readUInt16LE(end + 10);
  if (count > maxEntries) {
    throw fileTooLarge(`The workbook holds ${count} parts; at most ${maxEntries} are read. Save only the actions sheet as a new workbook.`, 'zip_entries', maxEntries);
  }
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw unreadableFile(DAMAGED);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedBytes: zip.readUInt32LE(at + 20),
      localHeaderAt: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The bytes a whole workbook may unpack to, counted across its entries as they inflate. */
export class UnpackBudget {
  private left: number;

  constructor(private readonly maxBytes: number) {
    this.left = maxBytes;
  }

  take(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) {
      throw fileTooLarge(
        `The workbook unpacks to more than ${Math.round(this.maxBytes / 1024 / 1024)} MB, far more than an action plan needs. Remove anything other than the actions and try again.`,
        'unpacked_bytes',
        this.maxBytes,
      );
    }
  }
}

/**
 * Inflates one entry a piece at a time, handing each piece on and counting it against the budget, so a zip bomb
 * stops at the budget whatever its headers claim, and no part is ever held whole.
 */
export async function inflateEntry(zip: Buffer, entry: ZipEntry, budget: UnpackBudget, onPiece: (piece: Buffer) => void): Promise<void> {
  const data = entryData(zip, entry);
  if (entry.method === STORED) {
    budget.take(data.length);
    onPiece(data);
    return;
  }
  if (entry.method !== DEFLATED) throw unreadableFile(DAMAGED);
  const inflate = createInflateRaw();
  inflate.end(data);
  try {
    for await (const piece of inflate as AsyncIterable<Buffer>) {
      budget.take(piece.length);
      onPiece(piece);
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw unreadableFile(DAMAGED);
  } finally {
    inflate.destroy();
  }
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderAt;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_FILE_HEADER) throw unreadableFile(DAMAGED);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedBytes;
  if (end > zip.length) throw unreadableFile(DAMAGED);
  return zip.subarray(start, end);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= searchFrom; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
