import { useEffect, useId, useRef, useState } from 'react';
import { focusProgrammatically } from './focus';

interface StaleVersionNoticeProps {
  /** What was being edited, e.g. "partner" or "person". */
  what: string;
  onReload: () => void;
  reloading?: boolean;
}

/**
 * Shown when a save was refused because someone else saved first (409 stale_version). Nothing is overwritten: the user
 * reloads the latest version, sees the other change and makes theirs again. Takes focus when it appears.
 */
export function StaleVersionNotice({ what, onReload, reloading = false }: StaleVersionNoticeProps) {
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (banner.current) focusProgrammatically(banner.current);
  }, []);
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby={titleId} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Someone else changed this {what} while you were editing</p>
        <p className="govuk-body">Your changes have not been saved. Reload the latest version, check what changed, then make your changes again.</p>
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onReload} disabled={reloading}>
          Reload the latest version
        </button>
      </div>
    </div>
  );
}

interface ReloadLatest {
  /** Fetches the record again; the form shows the latest version once it has arrived. */
  refetch: () => Promise<unknown>;
  /** Clears the refused save, so the notice goes. */
  onReloaded: () => void;
  /** The field to put focus in once the latest version is on screen. */
  focusId: string;
}

/** What the "Reload the latest version" button does: fetch the record again, then focus the form's first field. */
export function useReloadLatest({ refetch, onReloaded, focusId }: ReloadLatest) {
  const [reloading, setReloading] = useState(false);
  const focusPending = useRef(false);
  useEffect(() => {
    if (reloading || !focusPending.current) return;
    focusPending.current = false;
    document.getElementById(focusId)?.focus();
  }, [reloading, focusId]);
  const reload = async () => {
    setReloading(true);
    try {
      await refetch();
      onReloaded();
      focusPending.current = true;
    } finally {
      setReloading(false);
    }
  };
  return { reload, reloading };
}
