import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Navigation state carrying a one-off success message for the next page, e.g. "Sam Smith has been added". */
export interface FlashState {
  flash: string;
}

/**
 * The success message the previous page sent along, read once on arrival and then taken out of the history entry,
 * so reloading or coming back to the page does not show it again.
 */
export function useFlashMessage(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => {
    const value = (location.state as Partial<FlashState> | null)?.flash;
    return typeof value === 'string' ? value : undefined;
  });
  useEffect(() => {
    if (flash !== undefined) navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
    // Only on arrival: the message has been read into state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return flash;
}
