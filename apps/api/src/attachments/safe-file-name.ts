const MAX_NAME_LENGTH = 120;

/**
 * The name a file is kept and downloaded under: the last part of what the browser sent (no folders), without control
 * characters, quotes or characters Windows refuses, no longer than 120 characters, ending in the extension of what the
 * file really is (a PDF sent as "plan.xlsx" is kept as "plan.pdf").
 */
export function safeFileName(sent: string, extension: string): string {
  const lastPart = sent.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart
    .replace(/[\u0000-\u001F\u007F-\u009F"*:<>?|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,10}$/, '').replace(/^[.\s]+/, '').trim() || 'evidence';
  return `${[...stem].slice(0, MAX_NAME_LENGTH).join('').trim()}.${extension}`;
}

/**
 * Content-Disposition for a download: always `attachment`, with an ASCII fallback name for old clients and the exact
 * name as RFC 5987 `filename*` (UTF-8, percent-encoded), so no name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.normalize('NFKD').replace(/[^\x20-\x7E]/g, '').replace(/["\\%;]/g, '').trim() || 'evidence';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
