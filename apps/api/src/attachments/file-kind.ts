import { fileTypeFromBuffer } from 'file-type';

/** What a file really is, as read from its bytes: the type it is served as and the extension its name is given. */
export interface FileKind {
  mediaType: string;
  extension: string;
}

/** Types recognised from their magic bytes by `file-type`; macro-enabled Office files and old binary Office (CFB) are not on it. */
const BY_CONTENT = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/vnd.oasis.opendocument.presentation', 'odp'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/webp', 'webp'],
]);

/** Plain text and CSV have no magic bytes: they are taken only under these names, and only when the bytes are text. */
const TEXT_BY_EXTENSION = new Map<string, string>([
  ['txt', 'text/plain'],
  ['csv', 'text/csv'],
]);

/** Control characters no text file needs (tab, line feed, form feed and carriage return are allowed). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * The kind of the file from its content, or null when it is not one accepted. A file `file-type` recognises is what
 * it recognises, whatever its name; one it does not is accepted only as .txt or .csv text: UTF-8 (with or without a
 * byte order mark), UTF-16 with a byte order mark, or a single-byte encoding such as Windows-1252, and in every case
 * without control characters, so a binary file renamed .txt is refused.
 */
export async function fileKindOf(content: Buffer, fileName: string): Promise<FileKind | null> {
  const detected = await fileTypeFromBuffer(content);
  if (detected) {
    const extension = BY_CONTENT.get(detected.mime);
    return extension ? { mediaType: detected.mime, extension } : null;
  }
  const extension = extensionOf(fileName);
  const textType = extension ? TEXT_BY_EXTENSION.get(extension) : undefined;
  if (!extension || !textType) return null;
  const text = decodeText(content);
  if (text === null || CONTROL_CHARACTERS.test(text.body)) return null;
  return { mediaType: text.utf8 ? `${textType}; charset=utf-8` : textType, extension };
}

export const extensionOf = (fileName: string): string | null => /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase() ?? null;

function decodeText(content: Buffer): { body: string; utf8: boolean } | null {
  const strict = (encoding: string, bytes: Uint8Array) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  if (content[0] === 0xff && content[1] === 0xfe) return wrap(strict('utf-16le', content.subarray(2)), false);
  if (content[0] === 0xfe && content[1] === 0xff) return wrap(strict('utf-16be', content.subarray(2)), false);
  const utf8 = strict('utf-8', content);
  if (utf8 !== null) return { body: utf8, utf8: true };
  return { body: new TextDecoder('windows-1252').decode(content), utf8: false };
}

const wrap = (body: string | null, utf8: boolean) => (body === null ? null : { body, utf8 });
