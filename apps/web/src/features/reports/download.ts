/** A report export fetched with its progress, so a large file shows how far along it is rather than nothing. */

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server streams without one. */
  total: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The file name a Content-Disposition header gives (RFC 6266: filename* first, then filename), or null. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // Fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain ? (plain[2] ?? plain[1]).trim() : '';
  return name === '' ? null : name;
}

const BYTES = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "850 bytes", "12.5 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${BYTES.format(bytes / 1024)} KB`;
  return `${BYTES.format(bytes / (1024 * 1024))} MB`;
}

/** Whole percent received, or null when the total is unknown. Never above 100, whatever the server said. */
export function percentOf({ received, total }: DownloadProgress): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(100, Math.floor((received / total) * 100));
}

/** "Preparing the PDF… 45%", or with bytes received when the size is not known yet. */
export function progressMessage(what: string, progress: DownloadProgress | null): string {
  if (!progress || (progress.received === 0 && progress.total === null)) return `Preparing the ${what}…`;
  const percent = percentOf(progress);
  return percent === null ? `Preparing the ${what}… ${formatBytes(progress.received)} received` : `Preparing the ${what}… ${percent}%`;
}

/**
 * Whether an update is worth announcing: screen readers hear the live region, so it changes in steps of 10% (or
 * 100 KB when the size is unknown), not on every chunk.
 */
export function isAnnounceable(previous: DownloadProgress | null, next: DownloadProgress): boolean {
  if (!previous) return true;
  const before = percentOf(previous);
  const after = percentOf(next);
  if (before !== null && after !== null) return Math.floor(after / 10) > Math.floor(before / 10);
  return Math.floor(next.received / 102_400) > Math.floor(previous.received / 102_400);
}

/** Reads a response body chunk by chunk, telling `onProgress` after each one, into a Blob of the response's type. */
export async function readWithProgress(response: Response, onProgress: (progress: DownloadProgress) => void): Promise<Blob> {
  const length = Number.parseInt(response.headers.get('Content-Length') ?? '', 10);
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  onProgress({ received: 0, total });
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ received: blob.size, total });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks as BlobPart[], { type });
}

export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`The download failed with status ${status}`);
    this.name = 'DownloadError';
  }
}

/** Fetches a file with progress; the name comes from Content-Disposition, else `fallbackName`. */
export async function fetchWithProgress(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new DownloadError(response.status);
  const blob = await readWithProgress(response, onProgress);
  return { blob, filename: filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName };
}

/** Hands a fetched file to the browser to save, through a short-lived blob URL (no script, so the CSP allows it). */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the save in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
