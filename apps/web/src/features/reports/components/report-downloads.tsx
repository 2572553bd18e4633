import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { DownloadError, fetchWithProgress, formatBytes, isAnnounceable, progressMessage, saveFile, type DownloadProgress } from '../download';
import { DOWNLOADS, fallbackFilename, reportFileUrl, type DownloadFormat } from '../formats';

type State =
  | { phase: 'idle' }
  | { phase: 'preparing'; format: DownloadFormat; progress: DownloadProgress | null }
  | { phase: 'done'; format: DownloadFormat; size: number; filename: string }
  | { phase: 'failed'; format: DownloadFormat; message: string };

const nameOf = (format: DownloadFormat) => DOWNLOADS.find((download) => download.format === format)?.name ?? format;

/**
 * Links to each format. With script, a click fetches the file with a streamed reader and shows its progress in a live
 * region, then saves it; the links still work as plain downloads without it.
 */
export function ReportDownloads({ cycleId, cycleName, draft }: { cycleId: string; cycleName: string; draft: boolean }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const announced = useRef<DownloadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const download = async (event: MouseEvent<HTMLAnchorElement>, format: DownloadFormat) => {
    event.preventDefault();
    if (state.phase === 'preparing') return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    announced.current = null;
    setState({ phase: 'preparing', format, progress: null });
    try {
      const file = await fetchWithProgress(
        reportFileUrl(cycleId, format),
        fallbackFilename(cycleName, format),
        (progress) => {
          if (!isAnnounceable(announced.current, progress)) return;
          announced.current = progress;
          setState({ phase: 'preparing', format, progress });
        },
        abort.signal,
      );
      saveFile(file);
      setState({ phase: 'done', format, size: file.blob.size, filename: file.filename });
    } catch (error) {
      if (abort.signal.aborted) return;
      const message =
        error instanceof DownloadError && error.status === 403
          ? `You do not have permission to download the ${nameOf(format)}.`
          : `The ${nameOf(format)} could not be prepared. Try again later.`;
      setState({ phase: 'failed', format, message });
    }
  };

  const busy = state.phase === 'preparing';
  return (
    <section aria-labelledby="downloads-heading">
      <h2 className="govuk-heading-m" id="downloads-heading">
        Download the report
      </h2>
      {draft && <p className="govuk-body">Until the cycle is signed off, every download is marked as a draft.</p>}
      <ul className="govuk-list">
        {DOWNLOADS.map(({ format, description }) => (
          <li key={format}>
            <a
              className="govuk-link"
              href={reportFileUrl(cycleId, format)}
              download={fallbackFilename(cycleName, format)}
              aria-disabled={busy || undefined}
              onClick={(event) => void download(event, format)}
            >
              {description}
            </a>
          </li>
        ))}
      </ul>
      <div aria-live="polite" role="status" className="app-report-download-status">
        {state.phase === 'preparing' && <p className="govuk-inset-text">{progressMessage(nameOf(state.format), state.progress)}</p>}
        {state.phase === 'done' && (
          <p className="govuk-inset-text">
            The {nameOf(state.format)} is ready: {state.filename} ({formatBytes(state.size)}). Your browser has saved it or asks where to.
          </p>
        )}
        {state.phase === 'failed' && <p className="govuk-error-message">{state.message}</p>}
      </div>
    </section>
  );
}
