import { inflateRawSync } from 'node:zlib';
import { fileTooLarge, unreadableFile } from './file-problem.js';

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

/**
 * Unpacks every entry, counting the bytes as they inflate: zlib stops at the budget left, whatever the headers
 * claim, so a zip bomb costs at most `maxUnpackedBytes` of memory.
 */
export function unpackEntries(zip: Buffer, entries: ZipEntry[], maxUnpackedBytes: number): Map<string, Buffer> {
  const unpacked = new Map<string, Buffer>();
  let left = maxUnpackedBytes;
  for (const entry of entries) {
    const content = unpackEntry(zip, entry, left, maxUnpackedBytes);
    left -= content.length;
    unpacked.set(entry.name, content);
  }
  return unpacked;
}

function unpackEntry(zip: Buffer, entry: ZipEntry, left: number, maxUnpackedBytes: number): Buffer {
  const at = entry.localHeaderAt;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_FILE_HEADER) throw unreadableFile(DAMAGED);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedBytes;
  if (end > zip.length) throw unreadableFile(DAMAGED);
  const data = zip.subarray(start, end);
  const tooLarge = () =>
    fileTooLarge(
      `The workbook unpacks to more than ${Math.round(maxUnpackedBytes / 1024 / 1024)} MB, far more than an action plan needs. Remove anything other than the actions and try again.`,
      'unpacked_bytes',
      maxUnpackedBytes,
    );
  if (entry.method === STORED) {
    if (data.length > left) throw tooLarge();
    return data;
  }
  if (entry.method !== DEFLATED) throw unreadableFile(DAMAGED);
  if (left <= 0) throw tooLarge();
  try {
    return inflateRawSync(data, { maxOutputLength: left });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw unreadableFile(DAMAGED);
  }
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= searchFrom; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
