// Writes zip archives byte by byte, so a test can make one whose headers lie about what it holds.
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

const DEFLATED = 8;
const MEGABYTE = 1024 * 1024;

/** An entry compressed here; `claimedBytes` is what the headers say it unpacks to (the truth unless a test lies). */
export function deflatedEntry(name, content, { claimedBytes = content.length } = {}) {
  return { name, compressed: deflateRawSync(content, { level: 9 }), crc: crc32(content), claimedBytes };
}

/** `prefix`, then `chunk` repeated `times` times, then `suffix`, compressed as it streams so the whole is never in memory. */
export async function repeatedEntry(name, chunk, times, { prefix = Buffer.alloc(0), suffix = Buffer.alloc(0), claimedBytes } = {}) {
  const deflate = createDeflateRaw({ level: 9 });
  const parts = [];
  deflate.on('data', (part) => parts.push(part));
  let crc = 0;
  const write = async (piece) => {
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await once(deflate, 'drain');
  };
  // Written a megabyte at a time: a million writes of a short row would cost more than the compressing.
  const perWrite = Math.max(1, Math.floor(MEGABYTE / chunk.length));
  const batch = Buffer.concat(Array.from({ length: Math.min(perWrite, times) }, () => chunk));
  await write(prefix);
  for (let left = times; left > 0; left -= perWrite) await write(left >= perWrite ? batch : batch.subarray(0, left * chunk.length));
  await write(suffix);
  deflate.end();
  await once(deflate, 'end');
  const trueBytes = prefix.length + chunk.length * times + suffix.length;
  return { name, compressed: Buffer.concat(parts), crc, claimedBytes: Math.min(claimedBytes ?? trueBytes, 0xffffffff) };
}

/** The archive's bytes: local headers and data, then the central directory and its end record. */
export function zipOf(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const fields = { method: DEFLATED, crc: entry.crc ?? 0, compressedBytes: entry.compressed.length, claimedBytes: entry.claimedBytes };
    const local = Buffer.concat([header(0x04034b50, 30, fields, (b) => b.writeUInt16LE(name.length, 26)), name, entry.compressed]);
    const central = Buffer.concat([
      header(0x02014b50, 46, fields, (b) => {
        b.writeUInt16LE(name.length, 28);
        b.writeUInt32LE(offset, 42);
      }),
      name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Local (30 bytes) and central (46 bytes) headers share their fields, two bytes further on in the central one. */
function header(signature, size, { method, crc, compressedBytes, claimedBytes }, finish) {
  const b = Buffer.alloc(size);
  const shift = size === 46 ? 2 : 0;
  b.writeUInt32LE(signature, 0);
  if (shift) b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 4 + shift);
  b.writeUInt16LE(method, 8 + shift);
  b.writeUInt32LE(crc, 14 + shift);
  b.writeUInt32LE(compressedBytes, 18 + shift);
  b.writeUInt32LE(claimedBytes, 22 + shift);
  finish(b);
  return b;
}
