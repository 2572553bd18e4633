import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, formatBytes, isAnnounceable, percentOf, progressMessage, readWithProgress, type DownloadProgress } from './download';
import { fallbackFilename } from './formats';

function streamedResponse(chunks: string[], headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return { body, headers: new Headers(headers), blob: () => Promise.reject(new Error('not streamed')) } as unknown as Response;
}

describe('reading an export with its progress', () => {
  it('reports each chunk against the Content-Length, and keeps every byte and the type', async () => {
    const seen: DownloadProgress[] = [];
    const blob = await readWithProgress(streamedResponse(['%PDF-', '1.7 body', '%%EOF'], { 'Content-Length': '18', 'Content-Type': 'application/pdf' }), (p) =>
      seen.push(p),
    );
    expect(seen).toEqual([
      { received: 0, total: 18 },
      { received: 5, total: 18 },
      { received: 13, total: 18 },
      { received: 18, total: 18 },
    ]);
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-1.7 body%%EOF');
  });

  it('counts bytes with no total when the server sends no Content-Length', async () => {
    const seen: DownloadProgress[] = [];
    await readWithProgress(streamedResponse(['abc', 'de'], {}), (p) => seen.push(p));
    expect(seen.at(-1)).toEqual({ received: 5, total: null });
  });
});

describe('the progress message', () => {
  it('says it is preparing before any byte arrives', () => {
    expect(progressMessage('PDF', null)).toBe('Preparing the PDF…');
    expect(progressMessage('PDF', { received: 0, total: null })).toBe('Preparing the PDF…');
  });

  it('gives a whole percentage when the size is known, never above 100', () => {
    expect(progressMessage('PDF', { received: 45, total: 100 })).toBe('Preparing the PDF… 45%');
    expect(percentOf({ received: 999, total: 1000 })).toBe(99);
    expect(percentOf({ received: 1200, total: 1000 })).toBe(100);
  });

  it('gives the bytes received when the size is unknown', () => {
    expect(progressMessage('Excel workbook', { received: 2560, total: null })).toBe('Preparing the Excel workbook… 2.5 KB received');
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(3 * 1024 * 1024 + 200 * 1024)).toBe('3.2 MB');
  });

  it('announces in steps of ten per cent, or of 100 KB when the size is unknown, not on every chunk', () => {
    expect(isAnnounceable(null, { received: 0, total: 100 })).toBe(true);
    expect(isAnnounceable({ received: 10, total: 100 }, { received: 19, total: 100 })).toBe(false);
    expect(isAnnounceable({ received: 19, total: 100 }, { received: 20, total: 100 })).toBe(true);
    expect(isAnnounceable({ received: 50_000, total: null }, { received: 90_000, total: null })).toBe(false);
    expect(isAnnounceable({ received: 90_000, total: null }, { received: 110_000, total: null })).toBe(true);
  });
});

describe('the saved file name', () => {
  it('comes from Content-Disposition, preferring the encoded filename*', () => {
    expect(filenameFromDisposition('attachment; filename="report-2026.pdf"')).toBe('report-2026.pdf');
    expect(filenameFromDisposition('attachment; filename=report.csv')).toBe('report.csv');
    expect(filenameFromDisposition("attachment; filename=\"plain.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")).toBe('résumé.pdf');
    expect(filenameFromDisposition('inline')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });

  it('falls back to a name made from the cycle', () => {
    expect(fallbackFilename('April to September 2026', 'pdf')).toBe('corporate-plan-report-april-to-september-2026.pdf');
    expect(fallbackFilename('!!!', 'csv')).toBe('corporate-plan-report.csv');
  });
});
